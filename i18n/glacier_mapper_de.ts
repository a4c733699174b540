<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="179"/>
        <source>The output is named {}: written as {}, whatever the format chosen.</source>
        <translation>Die Ausgabe heißt {}: geschrieben als {}, unabhängig vom gewählten Format.</translation>
    </message>
</context>
<context>
    <name>AssessAccuracyAlgorithm</name>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="140"/>
        <source>No output was asked for: give at least one of the report (OUTPUT_HTML), the metrics CSV (OUTPUT_CSV), the metrics JSON (OUTPUT_JSON) or the metrics table (OUTPUT_TABLE).</source>
        <translation>Keine Ausgabe angegeben: geben Sie mindestens eine an, den Bericht (OUTPUT_HTML), die Maße als CSV (OUTPUT_CSV), die Maße als JSON (OUTPUT_JSON) oder die Maßtabelle (OUTPUT_TABLE).</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="68"/>
        <source>Assess accuracy</source>
        <translation>Genauigkeit bewerten</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="71"/>
        <source>Compares a map with a reference, as the founding glacier and lake papers do.

Prediction: a mask (class values, 255 nodata), a probability raster from 'Segment', or an index raster such as NDSI. Reference: a mask raster on the same grid, or polygons in any CRS rasterized onto the prediction's grid (with a class field, polygons whose value equals the target value are the target). Pixels that are nodata in either, or outside the area of interest, are excluded and counted.

Metrics over valid pixels: FA = FP/(TP+FP), MA = FN/(TP+FN), OA, Kappa, precision, recall, F1, IoU, MIoU (mean of target and background IoU) and, for scores, AUC by the rank (Mann-Whitney) formula.

Threshold sweep: for probability and index rasters the metrics at every threshold (default 0.0 to 0.7 by 0.1 for indices, as in Table 4 of the glacier paper; 0.05 to 0.95 for probabilities), in one pass; the best threshold by the chosen criterion is reported. A pixel is the target when score &gt;= threshold.

Area: the mapped area and the error-adjusted area with a 95 % confidence interval (stratified estimator of Olofsson et al. 2014), in km² whatever the CRS.

Outputs: an HTML report with the confusion matrix, ROC curve and metric-versus-threshold plot; the same numbers as a table layer, CSV and JSON for batch runs and models.</source>
        <translation>Vergleicht eine Karte mit einer Referenz, wie es die beiden grundlegenden Gletscher- und Seen-Arbeiten tun.

Vorhersage: eine Maske (Klassenwerte, 255 = NoData), ein Wahrscheinlichkeitsraster aus „Segmentieren“ oder ein Indexraster wie NDSI. Referenz: ein Maskenraster auf demselben Raster-Gitter oder Polygone in beliebigem KBS, die auf das Gitter der Vorhersage gerastert werden (mit einem Klassenfeld sind die Polygone, deren Wert dem Zielklassenwert entspricht, das Ziel). Pixel, die in einem der beiden Datensätze NoData sind oder außerhalb des Untersuchungsgebiets liegen, werden ausgeschlossen und gezählt.

Maße über die gültigen Pixel: FA = FP/(TP+FP), MA = FN/(TP+FN), OA, Kappa, Präzision, Trefferquote (Recall), F1, IoU, MIoU (Mittel aus Ziel- und Hintergrund-IoU) sowie für kontinuierliche Werte die AUC nach der Rangformel (Mann-Whitney).

Schwellenwert-Durchlauf: Für Wahrscheinlichkeits- und Indexraster werden die Maße für jeden Schwellenwert in einem Durchgang berechnet (Standard für Indizes 0.0 bis 0.7 in Schritten von 0.1 wie in Tabelle 4 der Gletscher-Arbeit; 0.05 bis 0.95 für Wahrscheinlichkeiten); der beste Schwellenwert nach dem gewählten Kriterium wird angegeben. Ein Pixel gehört zum Ziel, wenn Wert &gt;= Schwellenwert.

Fläche: die kartierte Fläche und die fehlerkorrigierte Fläche mit 95-%-Konfidenzintervall (geschichteter Schätzer nach Olofsson et al. 2014), in km² unabhängig vom KBS.

Ausgaben: ein HTML-Bericht mit Konfusionsmatrix, ROC-Kurve und Diagramm der Maße über dem Schwellenwert; dieselben Zahlen als Tabellenlayer, CSV und JSON für Stapelverarbeitung und Modelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="89"/>
        <source>Prediction (mask, probability or index)</source>
        <translation>Vorhersage (Maske, Wahrscheinlichkeit oder Index)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="91"/>
        <source>Reference mask raster</source>
        <translation>Referenz-Maskenraster</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="93"/>
        <source>Reference polygons</source>
        <translation>Referenzpolygone</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="95"/>
        <source>Reference class field</source>
        <translation>Klassenfeld der Referenz</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="98"/>
        <source>Area of interest</source>
        <translation>Untersuchungsgebiet</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="100"/>
        <source>Target class value</source>
        <translation>Zielklassenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="102"/>
        <source>Prediction is</source>
        <translation>Art der Vorhersage</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Probability (0-1)</source>
        <translation>Wahrscheinlichkeit (0-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Index (-1 to 1)</source>
        <translation>Index (-1 bis 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="105"/>
        <source>Thresholds (comma separated)</source>
        <translation>Schwellenwerte (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="107"/>
        <source>Empty: 0.0 ... 0.7 by 0.1 for indices, 0.05 ... 0.95 by 0.05 for probabilities.</source>
        <translation>Leer: 0.0 … 0.7 in Schritten von 0.1 für Indizes, 0.05 … 0.95 in Schritten von 0.05 für Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="109"/>
        <source>Best threshold by</source>
        <translation>Bester Schwellenwert nach</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="112"/>
        <source>Resample a reference raster on another grid (nearest)</source>
        <translation>Referenzraster auf anderem Gitter umtasten (nächster Nachbar)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="116"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="116"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="118"/>
        <source>Metrics CSV</source>
        <translation>Maße als CSV</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="118"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="121"/>
        <source>Metrics JSON</source>
        <translation>Maße als JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="121"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="124"/>
        <source>Metrics table</source>
        <translation>Tabelle der Maße</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="127"/>
        <source>Threshold reported</source>
        <translation>Angegebener Schwellenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="127"/>
        <source>Mapped area (km²)</source>
        <translation>Kartierte Fläche (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="127"/>
        <source>Error-adjusted area (km²)</source>
        <translation>Fehlerkorrigierte Fläche (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="147"/>
        <source>Give exactly one reference: a mask raster or polygons.</source>
        <translation>Geben Sie genau eine Referenz an: ein Maskenraster oder Polygone.</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="153"/>
        <source>Thresholds must be numbers separated by commas, such as 0.1, 0.2, 0.3.</source>
        <translation>Schwellenwerte müssen durch Kommas getrennte Zahlen sein, z. B. 0.1, 0.2, 0.3.</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="156"/>
        <source>Area of interest: layer {}</source>
        <translation>Untersuchungsgebiet: Layer {}</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="188"/>
        <source>Pixels: {} assessed, {} nodata in the prediction, {} nodata in the reference, {} outside the area of interest</source>
        <translation>Pixel: {} bewertet, {} NoData in der Vorhersage, {} NoData in der Referenz, {} außerhalb des Untersuchungsgebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="195"/>
        <source>Reported{}: OA {:.4f}, Kappa {:.4f}, F1 {:.4f}, IoU {:.4f}, MIoU {:.4f}</source>
        <translation>Ergebnis{}: OA {:.4f}, Kappa {:.4f}, F1 {:.4f}, IoU {:.4f}, MIoU {:.4f}</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="195"/>
        <source> at threshold {:.3f} (best {})</source>
        <translation> bei Schwellenwert {:.3f} (bester nach {})</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="199"/>
        <source>AUC {:.4f}</source>
        <translation>AUC {:.4f}</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="202"/>
        <source>Area: mapped {:.3f} km², error-adjusted {:.3f} km² (95 % CI {:.3f} to {:.3f})</source>
        <translation>Fläche: kartiert {:.3f} km², fehlerkorrigiert {:.3f} km² (95-%-KI {:.3f} bis {:.3f})</translation>
    </message>
</context>
<context>
    <name>ExportChipsAlgorithm</name>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>SWIR1, NIR, Blue (false colour 6-5-2 of the glacier paper)</source>
        <translation>SWIR1, NIR, Blau (Falschfarben 6-5-2 der Gletscher-Arbeit)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>Green, NIR, SWIR1 (bands 3-5-6 of the lake paper)</source>
        <translation>Grün, NIR, SWIR1 (Bänder 3-5-6 der Seen-Arbeit)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>All reflective bands (Coastal to SWIR2)</source>
        <translation>Alle reflektiven Bänder (Coastal bis SWIR2)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>As the model card says</source>
        <translation>Wie in der Modellkarte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="69"/>
        <source>Export training chips</source>
        <translation>Trainings-Chips exportieren</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="72"/>
        <source>Cuts a multispectral raster and label polygons into square chips for training a segmentation model with &apos;Train model&apos;.

Labels: polygons of the target (glacier or lake); with a class field, 1 marks the target and 0 background you labelled explicitly. Corrections: polygons you digitized over a model&apos;s mistakes; where a correction has a class it overrides the labels, both ways (missed glacier, false glacier). Labels in any CRS are reprojected; invalid geometries are repaired and counted.

Chips with fewer target pixels than the minimum fraction are dropped to balance the classes, as the glacier paper does. The validation split is spatially blocked: whole blocks of the raster go to validation and training chips that touch them are dropped, so validation scores are honest. Nodata pixels and pixels outside the area of interest are marked 255 and left out of the loss.

The output folder holds manifest.json and chips/*.npz (reflectance, optional NDSI channel, labels).</source>
        <translation>Zerschneidet ein Multispektralraster und Label-Polygone in quadratische Chips, um mit „Modell trainieren“ ein Segmentierungsmodell zu trainieren.

Labels: Polygone des Ziels (Gletscher oder See); mit einem Klassenfeld markiert 1 das Ziel und 0 ausdrücklich gelabelten Hintergrund. Korrekturen: Polygone, die Sie über Fehlern eines Modells digitalisiert haben; wo eine Korrektur eine Klasse hat, ersetzt sie die Labels in beide Richtungen (übersehener Gletscher, falscher Gletscher). Labels in beliebigem KBS werden umprojiziert; ungültige Geometrien werden repariert und gezählt.

Chips mit weniger Zielpixeln als dem Mindestanteil werden verworfen, um die Klassen auszugleichen, wie in der Gletscher-Arbeit. Die Validierungsaufteilung erfolgt räumlich in Blöcken: ganze Blöcke des Rasters gehen in die Validierung, und Trainings-Chips, die sie berühren, werden verworfen, damit die Validierungswerte ehrlich bleiben. NoData-Pixel und Pixel außerhalb des Untersuchungsgebiets werden mit 255 markiert und aus dem Loss herausgenommen.

Der Ausgabeordner enthält manifest.json und chips/*.npz (Reflektanz, optionaler NDSI-Kanal, Labels).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="86"/>
        <source>Multispectral raster</source>
        <translation>Multispektralraster</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="87"/>
        <source>Label polygons</source>
        <translation>Label-Polygone</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="91"/>
        <source>Label class field (1 target, 0 background)</source>
        <translation>Klassenfeld der Labels (1 Ziel, 0 Hintergrund)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="97"/>
        <source>Corrections (digitized polygons that override the labels)</source>
        <translation>Korrekturen (digitalisierte Polygone, die die Labels ersetzen)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="100"/>
        <source>Corrections class field</source>
        <translation>Klassenfeld der Korrekturen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="103"/>
        <source>Area of interest</source>
        <translation>Untersuchungsgebiet</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="105"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>Glacier</source>
        <translation>Gletscher</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>Glacial lake</source>
        <translation>Gletschersee</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="108"/>
        <source>Input bands</source>
        <translation>Eingabebänder</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="110"/>
        <source>The bands the model will see, in order. &apos;As the model card says&apos; takes bands, derived channels, sensor and target from the model to fine-tune.</source>
        <translation>Die Bänder, die das Modell sieht, in ihrer Reihenfolge. „Wie in der Modellkarte“ übernimmt Bänder, abgeleitete Kanäle, Sensor und Ziel aus dem Modell, das feinabgestimmt werden soll.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="113"/>
        <source>Model (.onnx) whose card gives the bands</source>
        <translation>Modell (.onnx), dessen Karte die Bänder angibt</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="115"/>
        <source>Add NDSI as an extra channel</source>
        <translation>NDSI als zusätzlichen Kanal hinzufügen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="118"/>
        <source>Chip size (pixels)</source>
        <translation>Chip-Größe (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="120"/>
        <source>Stride (pixels, 0 = chip size)</source>
        <translation>Schrittweite (Pixel, 0 = Chip-Größe)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="122"/>
        <source>Smaller than the chip size gives overlapping chips (the lake paper: 128 for 256).</source>
        <translation>Kleiner als die Chip-Größe ergibt überlappende Chips (Seen-Arbeit: 128 bei 256).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="124"/>
        <source>Minimum target fraction per chip</source>
        <translation>Mindestanteil des Ziels je Chip</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="127"/>
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="130"/>
        <source>Split block size (pixels, 0 = 4 x chip size)</source>
        <translation>Blockgröße der Aufteilung (Pixel, 0 = 4 × Chip-Größe)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="130"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert (Seed)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="138"/>
        <source>Chip folder</source>
        <translation>Chip-Ordner</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="139"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="140"/>
        <source>Training chips</source>
        <translation>Trainings-Chips</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="141"/>
        <source>Validation chips</source>
        <translation>Validierungs-Chips</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="179"/>
        <source>&apos;As the model card says&apos; needs the model (.onnx) whose card gives the bands.</source>
        <translation>„Wie in der Modellkarte“ braucht das Modell (.onnx), dessen Karte die Bänder angibt.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="183"/>
        <source>Bands from the model card: {}</source>
        <translation>Bänder aus der Modellkarte: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="195"/>
        <source>{} training and {} validation chips; dropped: {} with too little target, {} mostly nodata; target fraction {:.1%}; corrected pixels {}</source>
        <translation>{} Trainings- und {} Validierungs-Chips; verworfen: {} mit zu wenig Ziel, {} überwiegend NoData; Zielanteil {:.1%}; korrigierte Pixel {}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="94"/>
        <source>Default: the field &apos;class&apos; where the labels have one. Empty: every polygon is the target and everything else is background.</source>
        <translation>Standard: das Feld 'class', wo die Labels eines haben. Leer: jedes Polygon ist Ziel, alles andere Hintergrund.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="153"/>
        <source>No label class field: every label polygon counts as the target, background polygons (class 0) included. Choose the class field if the labels have one.</source>
        <translation>Kein Klassenfeld der Labels: jedes Label-Polygon zählt als Ziel, auch Hintergrund-Polygone (Klasse 0). Wählen Sie das Klassenfeld, wenn die Labels eines haben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="201"/>
        <source>No validation chips: {}-px chips on this {} x {} raster give {} chip(s). &apos;Train model&apos; would have no validation score to choose the best epoch by: use a smaller chip size or stride, or a larger raster.</source>
        <translation>Keine Validierungs-Chips: {}-px-Chips ergeben auf diesem {} x {} Raster {} Chip(s). 'Modell trainieren' hätte keinen Validierungswert, um die beste Epoche zu wählen: kleinere Chipgröße oder Schrittweite oder ein größeres Raster verwenden.</translation>
    </message>
</context>
<context>
    <name>GlacierMapperAlgorithm</name>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="62"/>
        <source>Accuracy assessment</source>
        <translation>Genauigkeitsbewertung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Coastal</source>
        <translation>Coastal/Aerosol</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>SWIR1</source>
        <translation>SWIR1</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>SWIR2</source>
        <translation>SWIR2</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Landsat 8/9 OLI</source>
        <translation>Landsat 8/9 OLI</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Landsat 4/5 TM</source>
        <translation>Landsat 4/5 TM</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Landsat 7 ETM+</source>
        <translation>Landsat 7 ETM+</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Sentinel-2 MSI</source>
        <translation>Sentinel-2 MSI</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Landsat Collection 2 Level-2 (x 2.75e-5 - 0.2)</source>
        <translation>Landsat Collection 2 Level-2 (x 2.75e-5 - 0.2)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>HLS (x 1e-4)</source>
        <translation>HLS (x 1e-4)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Sentinel-2 L2A/L1C (x 1e-4)</source>
        <translation>Sentinel-2 L2A/L1C (x 1e-4)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Sentinel-2 baseline &gt;= 04.00 ((x - 1000) x 1e-4)</source>
        <translation>Sentinel-2 Baseline &gt;= 04.00 ((x - 1000) x 1e-4)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Landsat Level-1 TOA from MTL file</source>
        <translation>Landsat Level-1 TOA aus MTL-Datei</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>None (already reflectance)</source>
        <translation>Keine (bereits Reflektanz)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="99"/>
        <source>Style not applied: {}</source>
        <translation>Stil nicht angewendet: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="165"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="178"/>
        <source>{} band (override)</source>
        <translation>{}-Band (manuell)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="183"/>
        <source>Leave empty to take the band from the descriptions or the sensor preset.</source>
        <translation>Leer lassen, um das Band aus den Beschreibungen oder der Sensorvorgabe zu nehmen.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="187"/>
        <source>Reflectance scaling</source>
        <translation>Reflektanzskalierung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Scale factor (override)</source>
        <translation>Skalierungsfaktor (manuell)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Multiplies the stored values; empty: from the preset.</source>
        <translation>Wird mit den gespeicherten Werten multipliziert; leer: aus der Vorgabe.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Offset (override)</source>
        <translation>Offset (manuell)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Added after scaling; empty: from the preset.</source>
        <translation>Wird nach der Skalierung addiert; leer: aus der Vorgabe.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="208"/>
        <source>Landsat MTL file (for TOA scaling)</source>
        <translation>Landsat-MTL-Datei (für TOA-Skalierung)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="211"/>
        <source>The *_MTL.txt file of a Level-1 scene, read when the scaling is TOA from MTL.</source>
        <translation>Die Datei *_MTL.txt einer Level-1-Szene; sie wird gelesen, wenn die Skalierung TOA aus MTL ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="231"/>
        <source>The input raster must be a file GDAL can read (GeoTIFF, VRT, ...), not a &apos;{}&apos; layer.</source>
        <translation>Das Eingaberaster muss eine Datei sein, die GDAL lesen kann (GeoTIFF, VRT, …), kein „{}“-Layer.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="275"/>
        <source>Sensor: {}; {}</source>
        <translation>Sensor: {}; {}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="65"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="21"/>
        <source>Threshold mapping</source>
        <translation>Schwellenwert-Kartierung</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="49"/>
        <source>Outlines</source>
        <translation>Umrisse</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="56"/>
        <source>Deep learning</source>
        <translation>Deep Learning</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="221"/>
        <source>The {} threshold {} is outside [-1, 1], the range of the index. Give a value such as {}, or choose the automatic threshold.</source>
        <translation>Der {}-Schwellenwert {} liegt außerhalb von [-1, 1], dem Wertebereich des Index. Geben Sie einen Wert wie {} an oder wählen Sie den automatischen Schwellenwert.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>From the raster (metadata), else the sensor preset</source>
        <translation>Aus dem Raster (Metadaten), sonst die Sensorvorgabe</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>From the raster (metadata, band names), else Landsat 8/9 OLI</source>
        <translation>Aus dem Raster (Metadaten, Bandnamen), sonst Landsat 8/9 OLI</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="169"/>
        <source>Sensor that acquired the raster. It gives the band positions (Landsat 8/9 OLI: green B3, NIR B5, SWIR1 B6) and the default reflectance scaling. Bands are found from the band descriptions first (B3, B03, SR_B3, green), so a 6-band HLS stack starting at B2 maps right. The default reads the sensor from a prepared scene&apos;s metadata or the band and file names (HLS S30, Sentinel-2), else takes Landsat 8/9 OLI.</source>
        <translation>Sensor, der das Raster aufgenommen hat. Er bestimmt die Bandpositionen (Landsat 8/9 OLI: Grün B3, NIR B5, SWIR1 B6) und die voreingestellte Reflexionsskalierung. Bänder werden zuerst über die Bandbeschreibungen gefunden (B3, B03, SR_B3, green), sodass ein 6-Band-HLS-Stapel ab B2 richtig zugeordnet wird. Die Voreinstellung liest den Sensor aus den Metadaten einer vorbereiteten Szene oder aus Band- und Dateinamen (HLS S30, Sentinel-2), sonst gilt Landsat 8/9 OLI.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="190"/>
        <source>How stored values become surface reflectance. Indices need it because the offset changes the ratio: Landsat C2 L2 is DN x 2.75e-5 - 0.2, HLS and Sentinel-2 are x 1e-4, TOA reads the MTL file. The default takes the bands&apos; scale and offset from the raster (as Prepare scene writes them), else the scaling its file names give (HLS), else the sensor&apos;s usual product; a scaling that leaves many values outside reflectance is reported with the one that fits.</source>
        <translation>Wie gespeicherte Werte zur Oberflächenreflexion werden. Indizes brauchen das, weil der Offset das Verhältnis ändert: Landsat C2 L2 ist DN x 2.75e-5 - 0.2, HLS und Sentinel-2 sind x 1e-4, TOA liest die MTL-Datei. Die Voreinstellung nimmt Skalierung und Offset der Bänder aus dem Raster (wie Szene vorbereiten sie schreibt), sonst die Skalierung, die die Dateinamen nennen (HLS), sonst das übliche Produkt des Sensors; eine Skalierung, die viele Werte außerhalb der Reflexion lässt, wird mit der passenden gemeldet.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="123"/>
        <source>This algorithm needs the Python package(s) {} in QGIS's Python. Run Glacier Mapper › Set-up › Install dependencies (glaciermapper:installdependencies) once, then run this algorithm again.</source>
        <translation>Dieser Algorithmus braucht die Python-Pakete {} in QGIS' Python. Führen Sie einmal Glacier Mapper › Einrichtung › Abhängigkeiten installieren (glaciermapper:installdependencies) aus und starten Sie diesen Algorithmus dann erneut.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="53"/>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="24"/>
        <source>DEM (slope and shadow tests)</source>
        <translation>DGM (Hangneigungs- und Schattentests)</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="26"/>
        <source>Optional elevation raster, on any grid (it is resampled onto the scene&apos;s grid). With the sun position it gives cast shadow and self-shadow; for lakes also steep slopes, which are not lakes.</source>
        <translation>Optionales Höhenraster in beliebigem Raster (es wird auf das Raster der Szene umgerechnet). Mit dem Sonnenstand liefert es Schlagschatten und Eigenschatten; für Seen auch steile Hänge, die keine Seen sind.</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="31"/>
        <source>Sun azimuth (degrees clockwise from north; empty: from the scene&apos;s metadata)</source>
        <translation>Sonnenazimut (Grad im Uhrzeigersinn ab Nord; leer: aus den Metadaten der Szene)</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="31"/>
        <source>Sun elevation (degrees; empty: from the scene&apos;s metadata)</source>
        <translation>Sonnenhöhe (Grad; leer: aus den Metadaten der Szene)</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="42"/>
        <source>Maximum lake slope (degrees)</source>
        <translation>Maximale Seeneigung (Grad)</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="46"/>
        <source>With a DEM: water-like pixels on steeper slopes are not lakes.</source>
        <translation>Mit DGM: wasserähnliche Pixel an steileren Hängen sind keine Seen.</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="72"/>
        <source>Sun azimuth {:.2f}, elevation {:.2f}; shadow search reach {} pixels</source>
        <translation>Sonnenazimut {:.2f}, Sonnenhöhe {:.2f}; Schattensuche über {} Pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="75"/>
        <source>Terrain pixels: {} steep, {} self-shadow, {} cast shadow</source>
        <translation>Geländepixel: {} steil, {} Eigenschatten, {} Schlagschatten</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="37"/>
        <source>Regions over time</source>
        <translation>Regionen im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>GlacierMapperCore</name>
    <message>
        <location filename="../core/accuracy/area_estimate.py" line="55"/>
        <source>A mapped class has no reference pixel: its accuracy, hence the adjusted area, cannot be estimated.</source>
        <translation>Eine kartierte Klasse hat kein Referenzpixel: Ihre Genauigkeit und damit die bereinigte Fläche lassen sich nicht schätzen.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/area_estimate.py" line="98"/>
        <source>The prediction raster is rotated: pixel areas cannot be computed. Warp it to a north-up grid (gdalwarp) first.</source>
        <translation>Das Vorhersageraster ist gedreht: Pixelflächen lassen sich nicht berechnen. Entzerren Sie es zuerst auf ein nordorientiertes Gitter (gdalwarp).</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="124"/>
        <source>The prediction raster has no valid pixel in a sample of its values: it seems to be all nodata. Check its nodata value.</source>
        <translation>Das Vorhersageraster hat in einer Stichprobe seiner Werte kein gültiges Pixel: Es scheint ganz NoData zu sein. Prüfen Sie seinen NoData-Wert.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="131"/>
        <source>The prediction&apos;s values run from {low:g} to {high:g}: neither a probability (0 to 1) nor a normalised index (-1 to 1). Choose the score kind &apos;mask&apos; for a class raster, or rescale the scores.</source>
        <translation>Die Werte der Vorhersage reichen von {low:g} bis {high:g}: weder eine Wahrscheinlichkeit (0 bis 1) noch ein normierter Index (-1 bis 1). Wählen Sie die Wertart 'mask' für ein Klassenraster, oder skalieren Sie die Werte um.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="203"/>
        <source>Give exactly one reference: a mask raster or a polygon layer.</source>
        <translation>Geben Sie genau eine Referenz an: ein Maskenraster oder einen Polygonlayer.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="213"/>
        <source>No reference polygon overlaps the prediction: every pixel is a reference negative.</source>
        <translation>Kein Referenzpolygon überlappt die Vorhersage: Jedes Pixel ist ein Referenz-Negativ.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="221"/>
        <source>Only one of the prediction and the reference has a CRS: the grids are taken as equal.</source>
        <translation>Nur Vorhersage oder Referenz hat ein KBS: Die Gitter werden als gleich angenommen.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="225"/>
        <source>The reference raster is not on the prediction&apos;s grid (prediction: {grid_text}; reference: {grid_text2}). Align it onto the prediction&apos;s grid (Raster &gt; Align Rasters, or gdalwarp with the prediction&apos;s extent and pixel size and -r near), give the reference as polygons, or allow resampling the reference by nearest neighbour.</source>
        <translation>Das Referenzraster liegt nicht auf dem Gitter der Vorhersage (Vorhersage: {grid_text}; Referenz: {grid_text2}). Richten Sie es auf das Gitter der Vorhersage aus (Raster &gt; Raster ausrichten, oder gdalwarp mit Ausdehnung und Pixelgröße der Vorhersage und -r near), geben Sie die Referenz als Polygone an, oder erlauben Sie das Umrechnen der Referenz nach dem nächsten Nachbarn.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="231"/>
        <source>The reference raster was resampled by nearest neighbour onto the prediction&apos;s grid; pixels at class borders may have changed class.</source>
        <translation>Das Referenzraster wurde nach dem nächsten Nachbarn auf das Gitter der Vorhersage umgerechnet; Pixel an Klassengrenzen können die Klasse gewechselt haben.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="244"/>
        <source>The area of interest does not overlap the prediction raster. Check its CRS and extent.</source>
        <translation>Das Untersuchungsgebiet überlappt das Vorhersageraster nicht. Prüfen Sie sein KBS und seine Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="252"/>
        <source>Thresholds apply to probability or index rasters; the prediction is a class mask. Remove the thresholds or choose the score kind &apos;probability&apos; or &apos;index&apos;.</source>
        <translation>Schwellenwerte gelten für Wahrscheinlichkeits- oder Indexraster; die Vorhersage ist eine Klassenmaske. Entfernen Sie die Schwellenwerte, oder wählen Sie die Wertart 'probability' oder 'index'.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="343"/>
        <source>Unknown criterion &apos;{criterion}&apos;: choose one of {criteria}.</source>
        <translation>Unbekanntes Kriterium '{criterion}': Wählen Sie eines von {criteria}.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="283"/>
        <source>Unknown score kind &apos;{score_kind}&apos;: choose one of {score_kinds}.</source>
        <translation>Unbekannte Wertart '{score_kind}': Wählen Sie eine von {score_kinds}.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="298"/>
        <source>The prediction has {band_count} bands: only band 1 is assessed.</source>
        <translation>Die Vorhersage hat {band_count} Bänder: Nur Band 1 wird bewertet.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="311"/>
        <source>The prediction has no CRS: areas are not computed.</source>
        <translation>Die Vorhersage hat kein KBS: Flächen werden nicht berechnet.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="348"/>
        <source>Give the score kind of the arrays: &apos;mask&apos;, &apos;probability&apos; or &apos;index&apos;.</source>
        <translation>Geben Sie die Wertart der Arrays an: 'mask', 'probability' oder 'index'.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="353"/>
        <source>{size} scores but {size2} reference labels: give one label per score.</source>
        <translation>{size} Werte, aber {size2} Referenzlabels: Geben Sie ein Label pro Wert an.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="362"/>
        <source>No score is valid: every value is NaN or infinite.</source>
        <translation>Kein Wert ist gültig: Jeder Wert ist NaN oder unendlich.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="376"/>
        <source>No pixel of the prediction lies inside the area of interest.</source>
        <translation>Kein Pixel der Vorhersage liegt im Untersuchungsgebiet.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="378"/>
        <source>The prediction has no valid pixel inside the area of interest: every pixel there is nodata. Check the prediction&apos;s nodata value.</source>
        <translation>Die Vorhersage hat im Untersuchungsgebiet kein gültiges Pixel: Jedes Pixel dort ist NoData. Prüfen Sie den NoData-Wert der Vorhersage.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="380"/>
        <source>No pixel has both a valid prediction and a valid reference inside the area of interest: check that the reference covers the prediction and its nodata value.</source>
        <translation>Kein Pixel im Untersuchungsgebiet hat sowohl eine gültige Vorhersage als auch eine gültige Referenz: Prüfen Sie, dass die Referenz die Vorhersage abdeckt, und ihren NoData-Wert.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="429"/>
        <source>The criterion &apos;{criterion}&apos; is undefined at every threshold; the metrics are reported at {threshold:g}.</source>
        <translation>Das Kriterium '{criterion}' ist bei keinem Schwellenwert definiert; die Metriken werden bei {threshold:g} angegeben.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="435"/>
        <source>The reference has no target pixel in the assessed area: MA, recall and IoU are undefined.</source>
        <translation>Die Referenz hat im bewerteten Gebiet kein Zielpixel: MA, Recall und IoU sind undefiniert.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="438"/>
        <source>The reference has no non-target pixel in the assessed area.</source>
        <translation>Die Referenz hat im bewerteten Gebiet kein Nicht-Zielpixel.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="463"/>
        <source>Scores run from {minimum:g} to {maximum:g}, beyond the {kind} range {lo:g} to {hi:g}: the AUC treats the scores beyond it as ties (its error bound says by how much this can matter).</source>
        <translation>Die Werte reichen von {minimum:g} bis {maximum:g}, über den {kind}-Bereich {lo:g} bis {hi:g} hinaus: Die AUC behandelt die Werte jenseits davon als Gleichstand (ihre Fehlerschranke sagt, wie viel das ausmachen kann).</translation>
    </message>
    <message>
        <location filename="../core/accuracy/metrics.py" line="140"/>
        <source>The threshold &apos;{value}&apos; is not a number.</source>
        <translation>Der Schwellenwert '{value}' ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/metrics.py" line="143"/>
        <source>The threshold {value:g} is outside the range of a {what}, {lo:g} to {hi:g}. Give thresholds between {lo:g} and {hi:g}.</source>
        <translation>Der Schwellenwert {value:g} liegt außerhalb des Bereichs eines {what}, {lo:g} bis {hi:g}. Geben Sie Schwellenwerte zwischen {lo:g} und {hi:g} an.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/metrics.py" line="148"/>
        <source>The list of thresholds is empty.</source>
        <translation>Die Liste der Schwellenwerte ist leer.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/report.py" line="36"/>
        <source>The output folder &apos;{folder}&apos; does not exist. Create it or choose another path.</source>
        <translation>Der Ausgabeordner '{folder}' existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/report.py" line="39"/>
        <source>The output path &apos;{path}&apos; is a folder. Give a file name.</source>
        <translation>Der Ausgabepfad '{path}' ist ein Ordner. Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location filename="../core/accuracy/report.py" line="47"/>
        <source>Cannot write &apos;{path}&apos;: {strerror}. Choose another path.</source>
        <translation>'{path}' kann nicht geschrieben werden: {strerror}. Wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="335"/>
        <source>Cannot move the finished output into place at &apos;{path}&apos;: {error}.</source>
        <translation>Die fertige Ausgabe kann nicht nach '{path}' verschoben werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/environment/dependencies.py" line="120"/>
        <source>Unknown onnxruntime build {choice!r}: one of {builds}.</source>
        <translation>Unbekannter onnxruntime-Build {choice!r}: einer von {builds}.</translation>
    </message>
    <message>
        <location filename="../core/environment/dependencies.py" line="133"/>
        <source>QGIS&apos;s Python {python} could not list its packages:
{stderr}</source>
        <translation>Das Python von QGIS {python} konnte seine Pakete nicht auflisten:
{stderr}</translation>
    </message>
    <message>
        <location filename="../core/environment/dependencies.py" line="207"/>
        <source>QGIS&apos;s Python {python} has no pip. Install it (Debian and Ubuntu: sudo apt install python3-pip), then run this again.</source>
        <translation>Das Python von QGIS {python} hat kein pip. Installieren Sie es (Debian und Ubuntu: sudo apt install python3-pip) und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="98"/>
        <source>pip failed (exit code {returncode}):
{output}</source>
        <translation>pip ist fehlgeschlagen (Exit-Code {returncode}):
{output}</translation>
    </message>
    <message>
        <location filename="../core/environment/interpreter.py" line="82"/>
        <source>QGIS&apos;s Python {version}.{version2} was not found (looked for {candidates}).</source>
        <translation>Das Python {version}.{version2} von QGIS wurde nicht gefunden (gesucht: {candidates}).</translation>
    </message>
    <message>
        <location filename="../core/environment/processes.py" line="82"/>
        <source>Cancelled: {args} was stopped.</source>
        <translation>Abgebrochen: {args} wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="29"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Vom Benutzer abgebrochen; es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="40"/>
        <source>The {what} &apos;{path}&apos; has no coordinate reference system. Assign it one (e.g. gdal_edit.py -a_srs EPSG:32611) and run again.</source>
        <translation>{what} '{path}' hat kein Koordinatenbezugssystem. Weisen Sie eines zu (z. B. gdal_edit.py -a_srs EPSG:32611) und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="45"/>
        <source>The mask has no coordinate reference system, so the {what} cannot be placed on it. Assign the mask its CRS (e.g. gdal_edit.py -a_srs EPSG:32611) and run again.</source>
        <translation>Die Maske hat kein Koordinatenbezugssystem, daher kann {what} nicht auf ihr platziert werden. Weisen Sie der Maske ihr KBS zu (z. B. gdal_edit.py -a_srs EPSG:32611) und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="63"/>
        <source>The {what} &apos;{path}&apos; does not overlap the mask: in the mask&apos;s CRS it spans x {fx0:.0f}..{fx1:.0f}, y {fy0:.0f}..{fy1:.0f}, the mask x {tx0:.0f}..{tx1:.0f}, y {ty0:.0f}..{ty1:.0f}. Give a {what} that covers the mapped area.</source>
        <translation>{what} '{path}' überlappt die Maske nicht: Im KBS der Maske reicht es über x {fx0:.0f}..{fx1:.0f}, y {fy0:.0f}..{fy1:.0f}, die Maske über x {tx0:.0f}..{tx1:.0f}, y {ty0:.0f}..{ty1:.0f}. Geben Sie ein {what} an, das das kartierte Gebiet abdeckt.</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="71"/>
        <source>The {what} covers {overlap:.1f} % of the mask; statistics use the part it covers.</source>
        <translation>{what} deckt {overlap:.1f} % der Maske ab; die Statistiken verwenden den abgedeckten Teil.</translation>
    </message>
    <message>
        <location filename="../core/geo/geodesy.py" line="45"/>
        <source>Cannot read the coordinate reference system &apos;{crs}&apos;.</source>
        <translation>Das Koordinatenbezugssystem '{crs}' kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/geo/geodesy.py" line="122"/>
        <source>The data have no coordinate reference system, so areas in m² cannot be computed. Assign the right CRS to the raster (e.g. with gdal_edit.py -a_srs) and run again.</source>
        <translation>Die Daten haben kein Koordinatenbezugssystem, daher lassen sich Flächen in m² nicht berechnen. Weisen Sie dem Raster das richtige KBS zu (z. B. mit gdal_edit.py -a_srs) und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="79"/>
        <source>The polygon layer &apos;{name}&apos; has no CRS; its coordinates lie within the raster&apos;s extent, so they are taken to be in the raster&apos;s CRS ({crs_name}). Assign the layer its CRS (Layer Properties &gt; Source) to be sure.</source>
        <translation>Der Polygonlayer '{name}' hat kein KBS; seine Koordinaten liegen innerhalb der Ausdehnung des Rasters, daher werden sie im KBS des Rasters angenommen ({crs_name}). Weisen Sie dem Layer sein KBS zu (Layereigenschaften &gt; Quelle), um sicherzugehen.</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="82"/>
        <source>The polygon layer &apos;{name}&apos; has no CRS (coordinate reference system), and its coordinates (x {min_x:.6g} to {max_x:.6g}, y {min_y:.6g} to {max_y:.6g}) do not lie within the raster&apos;s extent (x {xs:.6g} to {xs2:.6g}, y {ys:.6g} to {ys2:.6g}, {crs_name}), so they cannot be placed on the imagery. Assign the layer the CRS it was drawn in (Layer Properties &gt; Source &gt; Assigned Coordinate Reference System, or Processing &gt; Vector general &gt; Assign projection) and run again.</source>
        <translation>Der Polygonlayer '{name}' hat kein KBS (Koordinatenbezugssystem), und seine Koordinaten (x {min_x:.6g} bis {max_x:.6g}, y {min_y:.6g} bis {max_y:.6g}) liegen nicht innerhalb der Ausdehnung des Rasters (x {xs:.6g} bis {xs2:.6g}, y {ys:.6g} bis {ys2:.6g}, {crs_name}), daher können sie nicht auf dem Bild platziert werden. Weisen Sie dem Layer das KBS zu, in dem er gezeichnet wurde (Layereigenschaften &gt; Quelle &gt; Zugewiesenes Koordinatenbezugssystem, oder Processing &gt; Vektor allgemein &gt; Projektion zuweisen), und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="147"/>
        <source>The layer has no field &apos;{class_field}&apos;. Its fields are: {fields}.</source>
        <translation>Der Layer hat kein Feld '{class_field}'. Seine Felder sind: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="155"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="163"/>
        <source>The raster has no CRS: the polygons&apos; coordinates are taken as they are.</source>
        <translation>Das Raster hat kein KBS: Die Koordinaten der Polygone werden so genommen, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="189"/>
        <source>{repaired} invalid polygon(s) were repaired before rasterizing.</source>
        <translation>{repaired} ungültige(s) Polygon(e) wurde(n) vor dem Rasterisieren repariert.</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="192"/>
        <source>{dropped} polygon(s) had no valid area and were left out.</source>
        <translation>{dropped} Polygon(e) hatte(n) keine gültige Fläche und wurde(n) ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="44"/>
        <source>model card: {message}</source>
        <translation>Modellkarte: {message}</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="237"/>
        <source>{key} must be a finite number, not {value!r}.</source>
        <translation>{key} muss eine endliche Zahl sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="244"/>
        <source>{key} must be a whole number, not {value!r}.</source>
        <translation>{key} muss eine ganze Zahl sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="247"/>
        <source>{key} must be at least {minimum}, not {value!r}.</source>
        <translation>{key} muss mindestens {minimum} sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="254"/>
        <source>{key} must be a non-empty list of numbers, one per input channel.</source>
        <translation>{key} muss eine nicht leere Liste von Zahlen sein, eine pro Eingabekanal.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="261"/>
        <source>{key} must be a non-empty string, not {value!r}.</source>
        <translation>{key} muss eine nicht leere Zeichenkette sein, nicht {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="268"/>
        <source>{key} is {value!r}; it must be one of: {choices}.</source>
        <translation>{key} ist {value!r}; es muss eines sein von: {choices}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="275"/>
        <source>input.normalization must be an object such as {&quot;kind&quot;: &quot;meanstd&quot;, &quot;mean&quot;: [...], &quot;std&quot;: [...]}.</source>
        <translation>input.normalization muss ein Objekt sein wie {&quot;kind&quot;: &quot;meanstd&quot;, &quot;mean&quot;: [...], &quot;std&quot;: [...]}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="281"/>
        <source>input.normalization.{key} is missing (kind meanstd needs mean and std).</source>
        <translation>input.normalization.{key} fehlt (kind meanstd braucht mean und std).</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="287"/>
        <source>input.normalization.{key} is missing (kind minmax needs min and max).</source>
        <translation>input.normalization.{key} fehlt (kind minmax braucht min und max).</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="295"/>
        <source>input.reflectance must be an object such as {&quot;preset&quot;: &quot;landsat_c2l2&quot;, &quot;scale&quot;: 2.75e-5, &quot;offset&quot;: -0.2}.</source>
        <translation>input.reflectance muss ein Objekt sein wie {&quot;preset&quot;: &quot;landsat_c2l2&quot;, &quot;scale&quot;: 2.75e-5, &quot;offset&quot;: -0.2}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="304"/>
        <source>classes must be a non-empty list of {&quot;value&quot;, &quot;name&quot;} objects.</source>
        <translation>classes muss eine nicht leere Liste von {&quot;value&quot;, &quot;name&quot;}-Objekten sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="309"/>
        <source>classes[{i}] must be an object with &apos;value&apos; and &apos;name&apos;.</source>
        <translation>classes[{i}] muss ein Objekt mit 'value' und 'name' sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="324"/>
        <source>the text stored under &apos;{card_key}&apos; is not valid JSON ({error}).</source>
        <translation>Der unter '{card_key}' gespeicherte Text ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="329"/>
        <source>the card must be a JSON object.</source>
        <translation>Die Karte muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="332"/>
        <source>required key(s) missing: {missing}.</source>
        <translation>Fehlende Pflichtschlüssel: {missing}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="337"/>
        <source>input.bands must be a non-empty list of band roles such as [&quot;Green&quot;, &quot;SWIR1&quot;].</source>
        <translation>input.bands muss eine nicht leere Liste von Bandrollen sein wie [&quot;Green&quot;, &quot;SWIR1&quot;].</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="341"/>
        <source>input.derived must be a list drawn from {derived_channels}.</source>
        <translation>input.derived muss eine Liste aus {derived_channels} sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="348"/>
        <source>architecture must be an object with at least a &apos;name&apos;.</source>
        <translation>architecture muss ein Objekt mit mindestens einem 'name' sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="394"/>
        <source>schema is {schema!r}; this plugin reads {schema2!r}. Re-export the model with a matching trainer or update the plugin.</source>
        <translation>schema ist {schema!r}; dieses Plugin liest {schema2!r}. Exportieren Sie das Modell mit einem passenden Trainer neu oder aktualisieren Sie das Plugin.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="402"/>
        <source>input.bands[{i}] is {band!r}; band roles are: {roles}.</source>
        <translation>input.bands[{i}] ist {band!r}; Bandrollen sind: {roles}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="406"/>
        <source>input.bands lists a band twice: {bands}.</source>
        <translation>input.bands nennt ein Band zweimal: {bands}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="410"/>
        <source>input.derived[{i}] is {name!r}; derived channels are: {derived_channels}.</source>
        <translation>input.derived[{i}] ist {name!r}; abgeleitete Kanäle sind: {derived_channels}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="422"/>
        <source>input.normalization.{key} has {values} value(s) but the model takes {channels} channel(s) ({bands} band(s) + {derived} derived).</source>
        <translation>input.normalization.{key} hat {values} Wert(e), aber das Modell nimmt {channels} Kanal/Kanäle ({bands} Band/Bänder + {derived} abgeleitete).</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="428"/>
        <source>input.normalization.std must be positive for every channel: {std}.</source>
        <translation>input.normalization.std muss für jeden Kanal positiv sein: {std}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="431"/>
        <source>input.normalization.max must be greater than min for every channel.</source>
        <translation>input.normalization.max muss für jeden Kanal größer als min sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="434"/>
        <source>tile.size must be positive, not {size}.</source>
        <translation>tile.size muss positiv sein, nicht {size}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="437"/>
        <source>tile.overlap ({overlap}) must be at least 0 and less than tile.size ({size}).</source>
        <translation>tile.overlap ({overlap}) muss mindestens 0 und kleiner als tile.size ({size}) sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="441"/>
        <source>tile.size {size} is not a multiple of {multiple}, which architecture {name} of depth {depth} needs.</source>
        <translation>tile.size {size} ist kein Vielfaches von {multiple}, das die Architektur {name} der Tiefe {depth} braucht.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="447"/>
        <source>output.threshold must lie strictly between 0 and 1, not {threshold}.</source>
        <translation>output.threshold muss echt zwischen 0 und 1 liegen, nicht {threshold}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="451"/>
        <source>classes has repeated values: {values}.</source>
        <translation>classes hat wiederholte Werte: {values}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="453"/>
        <source>classes values must be 0-254 (255 is the mask&apos;s nodata value).</source>
        <translation>Die Werte von classes müssen 0-254 sein (255 ist der NoData-Wert der Maske).</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="455"/>
        <source>a sigmoid model has two classes (background and {target}), but classes lists {count}.</source>
        <translation>Ein Sigmoid-Modell hat zwei Klassen (Hintergrund und {target}), aber classes nennt {count}.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="459"/>
        <source>a softmax model needs at least two classes.</source>
        <translation>Ein Softmax-Modell braucht mindestens zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="461"/>
        <source>architecture.in_channels is {in_channels} but input.bands + input.derived give {channels} channel(s).</source>
        <translation>architecture.in_channels ist {in_channels}, aber input.bands + input.derived ergeben {channels} Kanal/Kanäle.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="465"/>
        <source>input.bands + input.derived give {channels} channel(s) ({derived}), but the ONNX input takes {input_channels}. The card does not belong to this network.</source>
        <translation>input.bands + input.derived ergeben {channels} Kanal/Kanäle ({derived}), aber der ONNX-Eingang nimmt {input_channels}. Die Karte gehört nicht zu diesem Netz.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="508"/>
        <source>The model file &apos;{onnx_path}&apos; does not exist.</source>
        <translation>Die Modelldatei '{onnx_path}' existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="538"/>
        <source>&apos;{onnx_path}&apos; is not a valid ONNX model ({error}). Give an .onnx file exported by the trainer.</source>
        <translation>'{onnx_path}' ist kein gültiges ONNX-Modell ({error}). Geben Sie eine vom Trainer exportierte .onnx-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="542"/>
        <source>&apos;{onnx_path}&apos; is not a valid ONNX model (no ir_version or graph). Give an .onnx file exported by the trainer.</source>
        <translation>'{onnx_path}' ist kein gültiges ONNX-Modell (keine ir_version oder kein Graph). Geben Sie eine vom Trainer exportierte .onnx-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="552"/>
        <source>{source} has no Glacier Mapper model card (ONNX metadata key &apos;{card_key}&apos;). Export the model with the Glacier Mapper trainer, or add the card to its metadata_props (see models/README.md).</source>
        <translation>{source} hat keine Glacier-Mapper-Modellkarte (ONNX-Metadatenschlüssel '{card_key}'). Exportieren Sie das Modell mit dem Glacier-Mapper-Trainer, oder fügen Sie die Karte zu seinen metadata_props hinzu (siehe models/README.md).</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="576"/>
        <source>The model file &apos;{path}&apos; is a folder. Give the .onnx model file inside it.{found}</source>
        <translation>Die Modelldatei '{path}' ist ein Ordner. Geben Sie die .onnx-Modelldatei darin an.{found}</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="581"/>
        <source> The ONNX model &apos;{onnx}&apos; lies beside it: give that file.</source>
        <translation> Das ONNX-Modell '{onnx}' liegt daneben: Geben Sie diese Datei an.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="583"/>
        <source>The model file &apos;{path}&apos; is a PyTorch checkpoint, not an ONNX model; the plugin runs ONNX models only.{beside} Export it to ONNX with &apos;Train model&apos; (fine-tune from it) or the trainer (python -m trainer train ... --out model.onnx), then give the .onnx file.</source>
        <translation>Die Modelldatei '{path}' ist ein PyTorch-Checkpoint, kein ONNX-Modell; das Plugin führt nur ONNX-Modelle aus.{beside} Exportieren Sie es nach ONNX mit 'Modell trainieren' (davon ausgehend feinabstimmen) oder dem Trainer (python -m trainer train ... --out model.onnx), und geben Sie dann die .onnx-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="588"/>
        <source>The model file &apos;{path}&apos; is not an ONNX model (.onnx). Give a .onnx file exported by the trainer.</source>
        <translation>Die Modelldatei '{path}' ist kein ONNX-Modell (.onnx). Geben Sie eine vom Trainer exportierte .onnx-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="591"/>
        <source>The model file &apos;{path}&apos; does not exist. Check the path, or choose a bundled model.</source>
        <translation>Die Modelldatei '{path}' existiert nicht. Prüfen Sie den Pfad, oder wählen Sie ein mitgeliefertes Modell.</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="170"/>
        <source>no NVIDIA driver or CUDA device was found on this machine.</source>
        <translation>auf diesem Rechner wurde kein NVIDIA-Treiber und kein CUDA-Gerät gefunden.</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="171"/>
        <source>onnxruntime could not initialise it on this machine&apos;s GPU (check the CUDA and cuDNN versions).</source>
        <translation>onnxruntime konnte es auf der GPU dieses Rechners nicht initialisieren (prüfen Sie die CUDA- und cuDNN-Versionen).</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="212"/>
        <source>onnxruntime cannot load the model &apos;{model_path}&apos;: {message}. Check that it is an ONNX file exported by the trainer and that it is not damaged.</source>
        <translation>onnxruntime kann das Modell '{model_path}' nicht laden: {message}. Prüfen Sie, dass es eine vom Trainer exportierte ONNX-Datei und nicht beschädigt ist.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="94"/>
        <source>Unknown device &apos;{device}&apos;. Choose one of: {devices}.</source>
        <translation>Unbekanntes Gerät '{device}'. Wählen Sie eines von: {devices}.</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="229"/>
        <source>onnxruntime is not installed in QGIS&apos;s Python ({error}). Install it with &apos;python -m pip install onnxruntime&apos; (or onnxruntime-gpu for NVIDIA GPUs).</source>
        <translation>onnxruntime ist im Python von QGIS nicht installiert ({error}). Installieren Sie es mit 'python -m pip install onnxruntime' (oder onnxruntime-gpu für NVIDIA-GPUs).</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="239"/>
        <source>{short} not used: {provider} is not available in this onnxruntime build (install onnxruntime-gpu for NVIDIA GPUs).</source>
        <translation>{short} nicht verwendet: {provider} ist in diesem onnxruntime-Build nicht verfügbar (installieren Sie onnxruntime-gpu für NVIDIA-GPUs).</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="97"/>
        <source>Unknown blend &apos;{blend}&apos;. Choose one of: {blends}.</source>
        <translation>Unbekannte Überblendung '{blend}'. Wählen Sie eine von: {blends}.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="100"/>
        <source>The batch size must be at least 1, not {batch_size}.</source>
        <translation>Die Batchgröße muss mindestens 1 sein, nicht {batch_size}.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="103"/>
        <source>The probability threshold must lie strictly between 0 and 1, not {threshold}.</source>
        <translation>Der Wahrscheinlichkeits-Schwellenwert muss echt zwischen 0 und 1 liegen, nicht {threshold}.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="120"/>
        <source>The network&apos;s input is {static_h} x {static_w} pixels; the plugin needs square tiles. Export the model with dynamic or square spatial dimensions.</source>
        <translation>Der Eingang des Netzes ist {static_h} x {static_w} Pixel; das Plugin braucht quadratische Kacheln. Exportieren Sie das Modell mit dynamischen oder quadratischen räumlichen Dimensionen.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="125"/>
        <source>The network only accepts {static_h} x {static_h} tiles; tile size {tile} cannot be used. Set the tile size to {static_h} or leave it empty.</source>
        <translation>Das Netz nimmt nur Kacheln von {static_h} x {static_h}; die Kachelgröße {tile} ist nicht verwendbar. Setzen Sie die Kachelgröße auf {static_h} oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="132"/>
        <source>Tile size {tile} does not suit the network: {name} of depth {depth} halves the tile {depth} times, so the tile size must be a multiple of {multiple} (e.g. {lower} or {multiple2}).</source>
        <translation>Die Kachelgröße {tile} passt nicht zum Netz: {name} der Tiefe {depth} halbiert die Kachel {depth}-mal, daher muss die Kachelgröße ein Vielfaches von {multiple} sein (z. B. {lower} oder {multiple2}).</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="142"/>
        <source>The overlap ({overlap} px) must be at least 0 and less than the tile size ({tile} px).</source>
        <translation>Die Überlappung ({overlap} px) muss mindestens 0 und kleiner als die Kachelgröße ({tile} px) sein.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="196"/>
        <source>Tile size {tile} px needs about {needed:.1f} GiB of memory ({tile} x {tile} px x {channels} channels x 4 bytes per tile, batches of {batch}, and strips {tile} rows high across the raster), but only {available:.1f} GiB is available.{larger} Set a smaller tile size (the usual is 256 to 1024 px) or a smaller batch size.</source>
        <translation>Die Kachelgröße {tile} px braucht etwa {needed:.1f} GiB Speicher ({tile} x {tile} px x {channels} Kanäle x 4 Byte pro Kachel, Batches von {batch} und Streifen von {tile} Zeilen Höhe über das Raster), aber nur {available:.1f} GiB sind verfügbar.{larger} Setzen Sie eine kleinere Kachelgröße (üblich sind 256 bis 1024 px) oder eine kleinere Batchgröße.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="208"/>
        <source>The network has {count} inputs ({inputs}); the plugin feeds one image tensor [N, C, H, W].</source>
        <translation>Das Netz hat {count} Eingänge ({inputs}); das Plugin speist einen Bildtensor [N, C, H, W] ein.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="213"/>
        <source>The model card names the output &apos;{name}&apos;, but the network&apos;s outputs are: {outputs}. Set output.name in the card to one of them (re-export the model with the trainer), rather than have the plugin guess which one holds the probabilities.</source>
        <translation>Die Modellkarte nennt den Ausgang '{name}', aber die Ausgänge des Netzes sind: {outputs}. Setzen Sie output.name in der Karte auf einen davon (exportieren Sie das Modell mit dem Trainer neu), statt das Plugin raten zu lassen, welcher die Wahrscheinlichkeiten enthält.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="237"/>
        <source>The raster&apos;s pixels are {pixel:.3g} m, the model &apos;{name}&apos; was trained on {resolution_m:g} m pixels: expect poor results. Resample the raster to {resolution_m:g} m first.</source>
        <translation>Die Pixel des Rasters sind {pixel:.3g} m, das Modell '{name}' wurde mit Pixeln von {resolution_m:g} m trainiert: Rechnen Sie mit schlechten Ergebnissen. Rechnen Sie das Raster zuerst auf {resolution_m:g} m um.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="390"/>
        <source>onnxruntime could not run the model on a batch of shape {shape} ({provider}): {error}. Check the tile size and the batch size.</source>
        <translation>onnxruntime konnte das Modell nicht auf einem Batch der Form {shape} ausführen ({provider}): {error}. Prüfen Sie Kachel- und Batchgröße.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="408"/>
        <source>The network returned an output of shape {shape} for a batch of shape {shape2}; the card&apos;s output.kind &apos;{kind}&apos; means {expected}. The card does not describe this network.</source>
        <translation>Das Netz gab einen Ausgang der Form {shape} für einen Batch der Form {shape2} zurück; output.kind '{kind}' der Karte bedeutet {expected}. Die Karte beschreibt dieses Netz nicht.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="414"/>
        <source>The network&apos;s output ranges from {finite_min:.3g} to {finite_max:.3g}, but the card says output.kind {kind}: probabilities in 0-1. Export the model with its final {activation} included.</source>
        <translation>Der Ausgang des Netzes reicht von {finite_min:.3g} bis {finite_max:.3g}, aber die Karte sagt output.kind {kind}: Wahrscheinlichkeiten in 0-1. Exportieren Sie das Modell mit seiner abschließenden {activation}-Schicht.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="627"/>
        <source>No output was requested: give a path for the probability, the mask or the confidence raster.</source>
        <translation>Es wurde keine Ausgabe angefordert: Geben Sie einen Pfad für das Wahrscheinlichkeits-, das Masken- oder das Konfidenzraster an.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="631"/>
        <source>Two outputs have the same path: give each output its own file.</source>
        <translation>Zwei Ausgaben haben denselben Pfad: Geben Sie jeder Ausgabe eine eigene Datei.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="659"/>
        <source>The model &apos;{model}&apos; needs the bands {needed}. {error}</source>
        <translation>Das Modell '{model}' braucht die Bänder {needed}. {error}</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="663"/>
        <source>The model was trained on {label} data; the raster is read as {label2}.</source>
        <translation>Das Modell wurde mit {label}-Daten trainiert; das Raster wird als {label2} gelesen.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="676"/>
        <source>The network takes batches of exactly {batch} tiles; batch size {batch_size} was replaced.</source>
        <translation>Das Netz nimmt Batches von genau {batch} Kacheln; die Batchgröße {batch_size} wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="679"/>
        <source>The raster ({width} x {height} px) is smaller than one {tile} px tile: it is padded by reflection for the model.</source>
        <translation>Das Raster ({width} x {height} px) ist kleiner als eine Kachel von {tile} px: Es wird für das Modell durch Spiegelung aufgefüllt.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="683"/>
        <source>The threshold is not used: this model has a softmax output, each pixel gets the class of highest probability.</source>
        <translation>Der Schwellenwert wird nicht verwendet: Dieses Modell hat einen Softmax-Ausgang, jedes Pixel erhält die Klasse höchster Wahrscheinlichkeit.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="722"/>
        <source>Every tile is nodata in at least one band the model needs: the outputs are all nodata. Check the band numbers and the raster&apos;s nodata value.</source>
        <translation>Jede Kachel ist in mindestens einem Band, das das Modell braucht, NoData: Die Ausgaben sind ganz NoData. Prüfen Sie die Bandnummern und den NoData-Wert des Rasters.</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="726"/>
        <source>Most valid pixels have a {label} reflectance above {limit} after scaling ({scaling}): the raster&apos;s values are probably not reflectance. Choose the reflectance scaling of the product (e.g. Landsat Collection 2 Level-2 or HLS).</source>
        <translation>Die meisten gültigen Pixel haben eine {label}-Reflexion über {limit} nach der Skalierung ({scaling}): Die Werte des Rasters sind wahrscheinlich keine Reflexion. Wählen Sie die Reflexionsskalierung des Produkts (z. B. Landsat Collection 2 Level-2 oder HLS).</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="733"/>
        <source>The network returned NaN or infinite values for {nonfinite} valid pixel(s); they are nodata in the outputs.</source>
        <translation>Das Netz lieferte NaN oder unendliche Werte für {nonfinite} gültige(s) Pixel; sie sind in den Ausgaben NoData.</translation>
    </message>
    <message>
        <location filename="../core/io/atomic.py" line="55"/>
        <source>no space left on device in &apos;{folder}&apos; ({value} bytes free); free some space there or choose an output folder on another disk</source>
        <translation>kein Platz mehr auf dem Gerät in '{folder}' ({value} Byte frei); schaffen Sie dort Platz oder wählen Sie einen Ausgabeordner auf einem anderen Datenträger</translation>
    </message>
    <message>
        <location filename="../core/io/atomic.py" line="58"/>
        <source>the system gave no reason</source>
        <translation>das System nannte keinen Grund</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="207"/>
        <source>The output &apos;{label}&apos; is &apos;{text}&apos;, a path on a GDAL virtual file system; outputs are written to files on disk. Choose another output file, such as a .tif in a folder of yours.</source>
        <translation>Die Ausgabe '{label}' ist '{text}', ein Pfad in einem virtuellen GDAL-Dateisystem; Ausgaben werden in Dateien auf der Festplatte geschrieben. Wählen Sie eine andere Ausgabedatei, etwa eine .tif in einem Ihrer Ordner.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="215"/>
        <source>The output &apos;{label}&apos; is &apos;{path}&apos;, but Glacier Mapper writes rasters as GeoTIFF only, and a GeoTIFF under another name is read wrongly by other programs. Use .tif: choose a file name such as &apos;{stem}.tif&apos;.</source>
        <translation>Die Ausgabe '{label}' ist '{path}', aber Glacier Mapper schreibt Raster nur als GeoTIFF, und ein GeoTIFF unter anderem Namen wird von anderen Programmen falsch gelesen. Verwenden Sie .tif: Wählen Sie einen Dateinamen wie '{stem}.tif'.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="219"/>
        <source>The output &apos;{label}&apos; is &apos;{path}&apos;, but this output is written as {extensions} only. Choose a file name such as &apos;{stem}{extension}&apos;.</source>
        <translation>Die Ausgabe '{label}' ist '{path}', aber diese Ausgabe wird nur als {extensions} geschrieben. Wählen Sie einen Dateinamen wie '{stem}{extension}'.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="224"/>
        <source>The output &apos;{label}&apos; is &apos;{text}&apos;, a layer inside a file; Glacier Mapper writes the whole file, with its own layer names. Give a plain file name, such as &apos;{stem}.gpkg&apos;.</source>
        <translation>Die Ausgabe '{label}' ist '{text}', ein Layer in einer Datei; Glacier Mapper schreibt die ganze Datei, mit eigenen Layernamen. Geben Sie einen einfachen Dateinamen an, etwa '{stem}.gpkg'.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="233"/>
        <source>The output &apos;{label}&apos; is &apos;{path}&apos;: {error}</source>
        <translation>Die Ausgabe '{label}' ist '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="254"/>
        <source> A GeoPackage output rewrites the file that this input is read from.</source>
        <translation> Eine GeoPackage-Ausgabe schreibt die Datei neu, aus der diese Eingabe gelesen wird.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="257"/>
        <source>The output &apos;{label}&apos; ({path}) {how} the input &apos;{label2}&apos; ({path2}): writing it would destroy the input.{detail} Choose another output file.</source>
        <translation>Die Ausgabe '{label}' ({path}) {how} die Eingabe '{label2}' ({path2}): Sie zu schreiben würde die Eingabe zerstören.{detail} Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="263"/>
        <source>The output folder &apos;{label}&apos; ({path}) holds the input &apos;{label2}&apos; ({path2}): writing the folder would destroy the input. Choose another output folder, outside the folders of the inputs.</source>
        <translation>Der Ausgabeordner '{label}' ({path}) enthält die Eingabe '{label2}' ({path2}): Den Ordner zu schreiben würde die Eingabe zerstören. Wählen Sie einen anderen Ausgabeordner außerhalb der Ordner der Eingaben.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="268"/>
        <source>The output &apos;{label}&apos; ({path}) is part of the input folder &apos;{label2}&apos; ({path2}): writing it would change the input. Choose another output {kind}.</source>
        <translation>Die Ausgabe '{label}' ({path}) ist Teil des Eingabeordners '{label2}' ({path2}): Sie zu schreiben würde die Eingabe ändern. Wählen Sie eine andere Ausgabe ({kind}).</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="268"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="268"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="306"/>
        <source> Each GeoPackage output rewrites its file, so two outputs of one run cannot share one.</source>
        <translation> Jede GeoPackage-Ausgabe schreibt ihre Datei neu, daher können sich zwei Ausgaben eines Laufs keine teilen.</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="309"/>
        <source>The outputs &apos;{label}&apos; ({path}) and &apos;{label2}&apos; ({path2}) would be written to the same file: the second would replace the first.{detail} Choose another output file for one of them.</source>
        <translation>Die Ausgaben '{label}' ({path}) und '{label2}' ({path2}) würden in dieselbe Datei geschrieben: Die zweite würde die erste ersetzen.{detail} Wählen Sie für eine davon eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="104"/>
        <source>No input raster was given.</source>
        <translation>Es wurde kein Eingaberaster angegeben.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="106"/>
        <source>The raster &apos;{path}&apos; does not exist.</source>
        <translation>Das Raster '{path}' existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="110"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({error}). Give a GeoTIFF or another raster file.</source>
        <translation>'{path}' ist kein Raster, das GDAL lesen kann ({error}). Geben Sie ein GeoTIFF oder eine andere Rasterdatei an.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="113"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read. Give a GeoTIFF or another raster file.</source>
        <translation>'{path}' ist kein Raster, das GDAL lesen kann. Geben Sie ein GeoTIFF oder eine andere Rasterdatei an.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="192"/>
        <source>Band {index} does not exist: &apos;{path}&apos; has {band_count} band(s).</source>
        <translation>Band {index} existiert nicht: '{path}' hat {band_count} Band/Bänder.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="213"/>
        <source>The output folder &apos;{folder}&apos; does not exist. Create it or choose another output path.</source>
        <translation>Der Ausgabeordner '{folder}' existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ausgabepfad.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="240"/>
        <source>The output path &apos;{path}&apos; is a folder. Give a file name ending in .tif.</source>
        <translation>Der Ausgabepfad '{path}' ist ein Ordner. Geben Sie einen Dateinamen mit der Endung .tif an.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="247"/>
        <source>Cannot write to the folder &apos;{folder}&apos; ({strerror}). Choose a folder you can write to.</source>
        <translation>In den Ordner '{folder}' kann nicht geschrieben werden ({strerror}). Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="268"/>
        <source>Cannot create &apos;{path}&apos;: {reason}. Choose another output path.</source>
        <translation>'{path}' kann nicht angelegt werden: {reason}. Wählen Sie einen anderen Ausgabepfad.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="300"/>
        <source>Cannot write &apos;{path}&apos;: {reason}. Nothing was written there; an earlier file at that path is unchanged.</source>
        <translation>'{path}' kann nicht geschrieben werden: {reason}. Dort wurde nichts geschrieben; eine frühere Datei unter diesem Pfad ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="80"/>
        <source>No OGR vector format writes files ending in &apos;.{extension}&apos;. Use .gpkg (GeoPackage), .shp, .geojson or .fgb.</source>
        <translation>Kein OGR-Vektorformat schreibt Dateien mit der Endung '.{extension}'. Verwenden Sie .gpkg (GeoPackage), .shp, .geojson oder .fgb.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="99"/>
        <source>Cannot add a layer to the GeoPackage &apos;{path}&apos;: {reason}.</source>
        <translation>Dem GeoPackage '{path}' kann kein Layer hinzugefügt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="107"/>
        <source>&apos;{path}&apos; exists and is not a GeoPackage, so no layer can be added to it. Choose another file name, or move that file away first.</source>
        <translation>'{path}' existiert und ist kein GeoPackage, daher kann ihm kein Layer hinzugefügt werden. Wählen Sie einen anderen Dateinamen, oder verschieben Sie diese Datei zuerst.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="125"/>
        <source>No vector layer was given.</source>
        <translation>Es wurde kein Vektorlayer angegeben.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="131"/>
        <source>The vector file &apos;{source}&apos; does not exist.</source>
        <translation>Die Vektordatei '{source}' existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="136"/>
        <source>&apos;{source}&apos; is not a vector file OGR can read ({error}).</source>
        <translation>'{source}' ist keine Vektordatei, die OGR lesen kann ({error}).</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="140"/>
        <source>&apos;{source}&apos; has no vector layer OGR can read.</source>
        <translation>'{source}' hat keinen Vektorlayer, den OGR lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="146"/>
        <source>&apos;{source}&apos; has no layer named &apos;{layer_name}&apos;. Its layers are: {names}.</source>
        <translation>'{source}' hat keinen Layer namens '{layer_name}'. Seine Layer sind: {names}.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="216"/>
        <source>Cannot write to the folder &apos;{folder}&apos; (permission denied). Choose another folder.</source>
        <translation>In den Ordner '{folder}' kann nicht geschrieben werden (Zugriff verweigert). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="219"/>
        <source>The output path &apos;{path}&apos; is a folder. Give a file name such as outlines.gpkg.</source>
        <translation>Der Ausgabepfad '{path}' ist ein Ordner. Geben Sie einen Dateinamen wie outlines.gpkg an.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="237"/>
        <source>Cannot create &apos;{path}&apos; as {driver_name}: {reason}.</source>
        <translation>'{path}' kann nicht als {driver_name} angelegt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="242"/>
        <source>Cannot create &apos;{path}&apos; as {driver_name}.</source>
        <translation>'{path}' kann nicht als {driver_name} angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="258"/>
        <source>Cannot create the layer &apos;{name}&apos; in &apos;{path}&apos;: {reason}.</source>
        <translation>Der Layer '{name}' kann in '{path}' nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="325"/>
        <source>Cannot finish writing &apos;{path}&apos;: {reason}. Nothing was written there; an earlier file at that path is unchanged.</source>
        <translation>'{path}' kann nicht fertig geschrieben werden: {reason}. Dort wurde nichts geschrieben; eine frühere Datei unter diesem Pfad ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="367"/>
        <source>{driver_name} shortens field names: {pairs}. Use GeoPackage (.gpkg) to keep the full names.</source>
        <translation>{driver_name} kürzt Feldnamen: {pairs}. Verwenden Sie GeoPackage (.gpkg), um die vollen Namen zu behalten.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="113"/>
        <source>The layer of date {which} (&apos;{path}&apos;) holds {geometry}s, not polygons. Give glacier or lake outlines (polygons).</source>
        <translation>Der Layer des Datums {which} ('{path}') enthält {geometry}s, keine Polygone. Geben Sie Gletscher- oder Seeumrisse (Polygone) an.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="128"/>
        <source>The outlines of date {which} have no CRS: their coordinates are taken to be in the CRS of date A.</source>
        <translation>Die Umrisse des Datums {which} haben kein KBS: Ihre Koordinaten werden im KBS des Datums A angenommen.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="133"/>
        <source>{count} outline(s) of date {which} have no area and were left out.</source>
        <translation>{count} Umriss(e) des Datums {which} haben keine Fläche und wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="147"/>
        <source>The outlines of date {which} have {dates} different dates ({first} to {last}); rates use each object&apos;s own date and the summary the most common one, {date}.</source>
        <translation>Die Umrisse des Datums {which} haben {dates} verschiedene Daten ({first} bis {last}); die Raten verwenden das eigene Datum jedes Objekts und die Zusammenfassung das häufigste, {date}.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="241"/>
        <source>Unknown change geometry &apos;{geometry}&apos;: use one of {geometries}.</source>
        <translation>Unbekannte Änderungsgeometrie '{geometry}': Verwenden Sie eine von {geometries}.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="245"/>
        <source>The stable band ({stable_pct}) must be a percentage of 0 or more, such as 1.</source>
        <translation>Das stabile Band ({stable_pct}) muss ein Prozentsatz von 0 oder mehr sein, etwa 1.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="254"/>
        <source>The outlines of date A (&apos;{path_a}&apos;) have no CRS, so areas cannot be measured. Assign the right CRS to the layer and run again.</source>
        <translation>Die Umrisse des Datums A ('{path_a}') haben kein KBS, daher lassen sich Flächen nicht messen. Weisen Sie dem Layer das richtige KBS zu und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="261"/>
        <source>Date B ({date_b}) is before date A ({date_a}). Give the older outlines as A and the newer as B.</source>
        <translation>Datum B ({date_b}) liegt vor Datum A ({date_a}). Geben Sie die älteren Umrisse als A und die neueren als B an.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="267"/>
        <source>The dates of A and B are unknown (no src_date field and no date given): rates per year are left empty.</source>
        <translation>Die Daten von A und B sind unbekannt (kein Feld src_date und kein Datum angegeben): Die Raten pro Jahr bleiben leer.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="270"/>
        <source>The date of {which} is unknown (no src_date field and no date given): rates per year are left empty.</source>
        <translation>Das Datum von {which} ist unbekannt (kein Feld src_date und kein Datum angegeben): Die Raten pro Jahr bleiben leer.</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="273"/>
        <source>Both dates are the same: rates per year are left empty.</source>
        <translation>Beide Daten sind gleich: Die Raten pro Jahr bleiben leer.</translation>
    </message>
    <message>
        <location filename="../core/outlines/lake_attributes.py" line="56"/>
        <source>The glacier outlines &apos;{path}&apos; do not exist.</source>
        <translation>Die Gletscherumrisse '{path}' existieren nicht.</translation>
    </message>
    <message>
        <location filename="../core/outlines/lake_attributes.py" line="65"/>
        <source>The glacier outlines &apos;{path}&apos; have no coordinate reference system. Assign them one and run again.</source>
        <translation>Die Gletscherumrisse '{path}' haben kein Koordinatenbezugssystem. Weisen Sie ihnen eines zu und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/outlines/lake_attributes.py" line="75"/>
        <source>The proglacial distance {proglacial_distance_m} must be 0 or more metres.</source>
        <translation>Der proglaziale Abstand {proglacial_distance_m} muss 0 oder mehr Meter betragen.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="131"/>
        <source>The class value must be a whole number such as 1, not {class_value!r}.</source>
        <translation>Der Klassenwert muss eine ganze Zahl wie 1 sein, nicht {class_value!r}.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="136"/>
        <source>The {name} ({value}) must be a number of metres (m²) of 0 or more.</source>
        <translation>{name} ({value}) muss eine Anzahl Meter (m²) von 0 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="139"/>
        <source>Connectivity must be 4 (pixels joined through edges) or 8 (also through corners), not {connectivity}.</source>
        <translation>Die Konnektivität muss 4 (Pixel über Kanten verbunden) oder 8 (auch über Ecken) sein, nicht {connectivity}.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="143"/>
        <source>Smoothing iterations must be between 1 and 6.</source>
        <translation>Die Glättungsiterationen müssen zwischen 1 und 6 liegen.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="145"/>
        <source>The smoothing distance ({smooth_m}) must be a number of metres above 0.</source>
        <translation>Der Glättungsabstand ({smooth_m}) muss eine Anzahl Meter über 0 sein.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="148"/>
        <source>Unknown area method &apos;{area_method}&apos;: use auto, ellipsoidal or planar.</source>
        <translation>Unbekannte Flächenmethode '{area_method}': Verwenden Sie auto, ellipsoidal oder planar.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="157"/>
        <source>&apos;{name}&apos; has {band_count} bands ({types}): it is not a class mask but imagery, it seems. MASK must be a single-band class mask (whole numbers, e.g. 1 glacier, 0 other, 255 nodata) such as the output of &apos;Glacier mask&apos; (ndsiglaciermask), &apos;Lake mask&apos; or &apos;Segment&apos;. Make the mask from the imagery first, then outline it.</source>
        <translation>'{name}' hat {band_count} Bänder ({types}): Es ist offenbar keine Klassenmaske, sondern ein Bild. MASK muss eine einbandige Klassenmaske sein (ganze Zahlen, z. B. 1 Gletscher, 0 anderes, 255 NoData) wie die Ausgabe von 'Gletschermaske' (ndsiglaciermask), 'Seemaske' oder 'Segmentieren'. Erstellen Sie zuerst die Maske aus dem Bild und umreißen Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="163"/>
        <source>&apos;{name}&apos; is a {data_types} raster, not a class mask. MASK must be a single-band class mask (UInt8 classes, e.g. 1 glacier, 0 other, 255 nodata) from &apos;Glacier mask&apos; (ndsiglaciermask) or &apos;Segment&apos;; a probability raster goes in the probability input.</source>
        <translation>'{name}' ist ein {data_types}-Raster, keine Klassenmaske. MASK muss eine einbandige Klassenmaske sein (UInt8-Klassen, z. B. 1 Gletscher, 0 anderes, 255 NoData) aus 'Gletschermaske' (ndsiglaciermask) oder 'Segmentieren'; ein Wahrscheinlichkeitsraster gehört in den Wahrscheinlichkeitseingang.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="168"/>
        <source>The mask &apos;{mask_path}&apos; has no coordinate reference system, so outline areas cannot be measured. Assign it one (e.g. gdal_edit.py -a_srs EPSG:32611) and run again.</source>
        <translation>Die Maske '{mask_path}' hat kein Koordinatenbezugssystem, daher lassen sich Umrissflächen nicht messen. Weisen Sie ihr eines zu (z. B. gdal_edit.py -a_srs EPSG:32611) und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="173"/>
        <source>The class value {class_value} is the mask&apos;s nodata value. Choose the value of the class to outline (e.g. 1).</source>
        <translation>Der Klassenwert {class_value} ist der NoData-Wert der Maske. Wählen Sie den Wert der zu umreißenden Klasse (z. B. 1).</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="246"/>
        <source>more than {count} different values, so this is not a class mask, it seems (give the output of &apos;Glacier mask&apos; or &apos;Segment&apos;)</source>
        <translation>mehr als {count} verschiedene Werte, daher ist dies offenbar keine Klassenmaske (geben Sie die Ausgabe von 'Gletschermaske' oder 'Segmentieren' an)</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="249"/>
        <source>the valid values present are: {values}</source>
        <translation>die vorhandenen gültigen Werte sind: {values}</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="249"/>
        <source>none (all nodata)</source>
        <translation>keine (alles NoData)</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="251"/>
        <source>The mask has no pixel of class {class_value} ({class_name}); {values}. The output layer is empty.</source>
        <translation>Die Maske hat kein Pixel der Klasse {class_value} ({class_name}); {values}. Der Ausgabelayer ist leer.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="488"/>
        <source>No acquisition date was found in the mask&apos;s metadata or name: src_date is empty. Set the source date so outlines of different dates can be compared.</source>
        <translation>In den Metadaten oder im Namen der Maske wurde kein Aufnahmedatum gefunden: src_date ist leer. Setzen Sie das Quelldatum, damit Umrisse verschiedener Daten verglichen werden können.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="522"/>
        <source>The probability raster &apos;{probability_path}&apos; is not on the mask&apos;s grid (size and geotransform differ). Give the probability raster written with this mask.</source>
        <translation>Das Wahrscheinlichkeitsraster '{probability_path}' liegt nicht auf dem Gitter der Maske (Größe und Geotransformation unterscheiden sich). Geben Sie das mit dieser Maske geschriebene Wahrscheinlichkeitsraster an.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="527"/>
        <source>The output layer needs a name, e.g. outlines.</source>
        <translation>Der Ausgabelayer braucht einen Namen, z. B. outlines.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="531"/>
        <source>The mask&apos;s projection distorts areas strongly here; areas and lengths are measured on the ellipsoid instead.</source>
        <translation>Die Projektion der Maske verzerrt Flächen hier stark; Flächen und Längen werden stattdessen auf dem Ellipsoid gemessen.</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="554"/>
        <source>No outline of class {class_value} reaches the minimum area of {min_area_m2:g} m²; the output layer is empty.</source>
        <translation>Kein Umriss der Klasse {class_value} erreicht die Mindestfläche von {min_area_m2:g} m²; der Ausgabelayer ist leer.</translation>
    </message>
    <message>
        <location filename="../core/region/inventory.py" line="98"/>
        <source>The outlines &apos;{path}&apos; have no CRS: assign one and run again.</source>
        <translation>Die Umrisse '{path}' haben kein KBS: Weisen Sie eines zu und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/region/inventory.py" line="111"/>
        <source>No scene outlines were given: give the outlines of one or more scenes.</source>
        <translation>Es wurden keine Szenenumrisse angegeben: Geben Sie die Umrisse einer oder mehrerer Szenen an.</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="46"/>
        <source>No input scenes were given. Give one or more raster files.</source>
        <translation>Es wurden keine Eingabeszenen angegeben. Geben Sie eine oder mehrere Rasterdateien an.</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="50"/>
        <source>The input &apos;{path}&apos; does not exist.</source>
        <translation>Die Eingabe '{path}' existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="52"/>
        <source>The input &apos;{path}&apos; does not exist (and {count} more).</source>
        <translation>Die Eingabe '{path}' existiert nicht (und {count} weitere).</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="56"/>
        <source>Several inputs would share one output folder (same file and folder names): rename them so that each scene has its own name.</source>
        <translation>Mehrere Eingaben würden sich einen Ausgabeordner teilen (gleiche Datei- und Ordnernamen): Benennen Sie sie um, damit jede Szene ihren eigenen Namen hat.</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="206"/>
        <source>Cannot reach the Dask scheduler {scheduler}: {error}</source>
        <translation>Der Dask-Scheduler {scheduler} ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="206"/>
        <source>of the local cluster</source>
        <translation>des lokalen Clusters</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="59"/>
        <source>Unknown glacier method &apos;{glaciers}&apos;: use ndsi or unet.</source>
        <translation>Unbekannte Gletschermethode '{glaciers}': Verwenden Sie ndsi oder unet.</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="62"/>
        <source>Unknown lake method &apos;{lakes}&apos;: use ndwi or unet.</source>
        <translation>Unbekannte Seemethode '{lakes}': Verwenden Sie ndwi oder unet.</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="68"/>
        <source>The DEM &apos;{dem}&apos; does not exist. Give a DEM raster file.</source>
        <translation>Das DGM '{dem}' existiert nicht. Geben Sie eine DGM-Rasterdatei an.</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="86"/>
        <source>&apos;{text}&apos; is a product: it is prepared into the scene&apos;s folder, which was not given.</source>
        <translation>'{text}' ist ein Produkt: Es wird im Ordner der Szene vorbereitet, der nicht angegeben wurde.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="81"/>
        <source>&apos;{folder}&apos; holds no finished scene folder (with done.json): give the output folder of &apos;glacier-mapper map&apos; or Map scenes.</source>
        <translation>'{folder}' enthält keinen fertigen Szenenordner (mit done.json): Geben Sie den Ausgabeordner von 'glacier-mapper map' oder 'Szenen kartieren' an.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="93"/>
        <source>Dates are read from the scene folders of a &apos;map&apos; output: give no --dates with it.</source>
        <translation>Die Daten werden aus den Szenenordnern einer 'map'-Ausgabe gelesen: Geben Sie dazu kein --dates an.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="97"/>
        <source>{files} outline files but {dates} dates: give one date per file, in order.</source>
        <translation>{files} Umrissdateien, aber {dates} Daten: Geben Sie der Reihe nach ein Datum pro Datei an.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="102"/>
        <source>The outlines &apos;{path}&apos; do not exist. Give outline files or a &apos;map&apos; output folder.</source>
        <translation>Die Umrisse '{path}' existieren nicht. Geben Sie Umrissdateien oder einen 'map'-Ausgabeordner an.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="118"/>
        <source>The outlines &apos;{path}&apos; have no CRS, so areas cannot be measured. Assign the right CRS and run again.</source>
        <translation>Die Umrisse '{path}' haben kein KBS, daher lassen sich Flächen nicht messen. Weisen Sie das richtige KBS zu und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="124"/>
        <source>The outlines &apos;{path}&apos; have no date (no src_date field or layer date): give the date of each layer.</source>
        <translation>Die Umrisse '{path}' haben kein Datum (kein Feld src_date und kein Layerdatum): Geben Sie das Datum jedes Layers an.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="130"/>
        <source>Two outline layers have the same date: give one layer per date (merge scenes of one date into one inventory first).</source>
        <translation>Zwei Umrisslayer haben dasselbe Datum: Geben Sie einen Layer pro Datum an (führen Sie Szenen eines Datums zuerst zu einem Inventar zusammen).</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="213"/>
        <source>A time series needs outlines of at least two dates.</source>
        <translation>Eine Zeitreihe braucht Umrisse von mindestens zwei Daten.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="215"/>
        <source>The hidden share {max_hidden} must be at least 0 and below 1 (e.g. 0.25).</source>
        <translation>Der verdeckte Anteil {max_hidden} muss mindestens 0 und kleiner als 1 sein (z. B. 0.25).</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="220"/>
        <source>No clear-sky mask for {path} ({date}): every lake is taken as observed at that date.</source>
        <translation>Keine Klarhimmelsmaske für {path} ({date}): Jeder See gilt zu diesem Datum als beobachtet.</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries_outputs.py" line="110"/>
        <source>Cannot create the output folder &apos;{out_dir}&apos;: {strerror}.</source>
        <translation>Der Ausgabeordner '{out_dir}' kann nicht angelegt werden: {strerror}.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="87"/>
        <source>The scene size {width} x {height} is not valid: give a width and height of at least 1 pixel.</source>
        <translation>Die Szenengröße {width} x {height} ist ungültig: Geben Sie Breite und Höhe von mindestens 1 Pixel an.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="90"/>
        <source>The pixel size {pixel_size} is not valid: give a positive size in metres (30 for Landsat).</source>
        <translation>Die Pixelgröße {pixel_size} ist ungültig: Geben Sie eine positive Größe in Metern an (30 für Landsat).</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="93"/>
        <source>The sun elevation {sun_elevation} degrees is outside {min_sun_elevation:g}-{max_sun_elevation:g} degrees. Give a sun elevation in that range (Landsat summer scenes of mountains have about 30-65).</source>
        <translation>Die Sonnenhöhe {sun_elevation} Grad liegt außerhalb von {min_sun_elevation:g}-{max_sun_elevation:g} Grad. Geben Sie eine Sonnenhöhe in diesem Bereich an (Landsat-Sommerszenen von Gebirgen haben etwa 30-65).</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="99"/>
        <source>years_later is {years_later}: give 0 or a positive number of years.</source>
        <translation>years_later ist {years_later}: Geben Sie 0 oder eine positive Anzahl Jahre an.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="102"/>
        <source>A nodata border of {nodata_border} pixels does not fit a {width} x {height} scene: give 0 or less than half the smaller side.</source>
        <translation>Ein NoData-Rand von {nodata_border} Pixeln passt nicht in eine Szene von {width} x {height}: Geben Sie 0 oder weniger als die halbe kürzere Seite an.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="115"/>
        <source>EPSG:{epsg} is not a known coordinate reference system. Give a projected CRS in metres such as a UTM zone (EPSG:32645 for the central Himalaya).</source>
        <translation>EPSG:{epsg} ist kein bekanntes Koordinatenbezugssystem. Geben Sie ein projiziertes KBS in Metern an, etwa eine UTM-Zone (EPSG:32645 für den zentralen Himalaya).</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="119"/>
        <source>EPSG:{epsg} is not a projected CRS in metres. Give one such as a UTM zone (EPSG:32645 for the central Himalaya).</source>
        <translation>EPSG:{epsg} ist kein projiziertes KBS in Metern. Geben Sie eines an, etwa eine UTM-Zone (EPSG:32645 für den zentralen Himalaya).</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="247"/>
        <source>Cannot create the output folder &apos;{out_dir}&apos;: {error}. Choose another folder.</source>
        <translation>Der Ausgabeordner '{out_dir}' kann nicht angelegt werden: {error}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/sensors/acquisition_date.py" line="57"/>
        <source>The {what} &apos;{value}&apos; is not a date. Write it as YYYY-MM-DD, e.g. 2020-08-16.</source>
        <translation>{what} '{value}' ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2020-08-16.</translation>
    </message>
    <message>
        <location filename="../core/sensors/acquisition_date.py" line="121"/>
        <source>The date {date} comes from {key}, which is often the date the file was written rather than the acquisition date; set the source date if it is wrong.</source>
        <translation>Das Datum {date} stammt aus {key}, was oft das Datum ist, an dem die Datei geschrieben wurde, nicht das Aufnahmedatum; setzen Sie das Quelldatum, falls es falsch ist.</translation>
    </message>
    <message>
        <location filename="../core/sensors/band_stack.py" line="23"/>
        <source>Band files not found: {missing}.</source>
        <translation>Banddateien nicht gefunden: {missing}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="42"/>
        <source>{label} has no {band} band.</source>
        <translation>{label} hat kein {band}-Band.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="120"/>
        <source>Unknown reflectance scaling &apos;{key}&apos;. Choose one of: {scaling_keys}.</source>
        <translation>Unbekannte Reflexionsskalierung '{key}'. Wählen Sie eine von: {scaling_keys}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="123"/>
        <source>TOA scaling needs the Landsat MTL file: give its path (core.sensors.mtl.toa_scaling).</source>
        <translation>Die TOA-Skalierung braucht die Landsat-MTL-Datei: Geben Sie ihren Pfad an (core.sensors.mtl.toa_scaling).</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="133"/>
        <source>Unknown sensor &apos;{key}&apos;. Choose one of: {sensor_keys}.</source>
        <translation>Unbekannter Sensor '{key}'. Wählen Sie einen von: {sensor_keys}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="192"/>
        <source>The raster&apos;s band descriptions ({foreign}) name bands that {label} does not have: the raster seems to come from another sensor. Choose the sensor that made it.</source>
        <translation>Die Bandbeschreibungen des Rasters ({foreign}) nennen Bänder, die {label} nicht hat: Das Raster scheint von einem anderen Sensor zu stammen. Wählen Sie den Sensor, der es aufgenommen hat.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="202"/>
        <source>{label} band index {index} is out of range: the raster has {band_count} band(s). Give a band number from 1 to {band_count}.</source>
        <translation>Der {label}-Bandindex {index} liegt außerhalb des Bereichs: Das Raster hat {band_count} Band/Bänder. Geben Sie eine Bandnummer von 1 bis {band_count} an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="208"/>
        <source>Band {index} is described as &apos;{descriptions}&apos;, which is not the {label} band of {label2} ({band}). Check the band number or the sensor.</source>
        <translation>Band {index} ist als '{descriptions}' beschrieben, was nicht das {label}-Band von {label2} ({band}) ist. Prüfen Sie die Bandnummer oder den Sensor.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="216"/>
        <source>The Custom sensor has no band positions: set the {label} band number explicitly, or give the raster band descriptions such as &apos;{label}&apos;.</source>
        <translation>Der Sensor Benutzerdefiniert hat keine Bandpositionen: Setzen Sie die {label}-Bandnummer ausdrücklich, oder geben Sie dem Raster Bandbeschreibungen wie '{label}'.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="226"/>
        <source>The raster&apos;s band descriptions ({named}) do not include the {label} band of {label2} ({band}). Choose the sensor that made the raster, or set the {label} band number explicitly.</source>
        <translation>Die Bandbeschreibungen des Rasters ({named}) enthalten nicht das {label}-Band von {label2} ({band}). Wählen Sie den Sensor, der das Raster aufgenommen hat, oder setzen Sie die {label}-Bandnummer ausdrücklich.</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="234"/>
        <source>The raster has {band_count} band(s), but the {label} preset expects {count} ({stack_order}), so {label2} ({name}) would be band {position}. Use a full band stack, choose the right sensor, or set the band numbers.</source>
        <translation>Das Raster hat {band_count} Band/Bänder, aber die Vorgabe {label} erwartet {count} ({stack_order}), daher wäre {label2} ({name}) Band {position}. Verwenden Sie einen vollständigen Bandstapel, wählen Sie den richtigen Sensor, oder setzen Sie die Bandnummern.</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="32"/>
        <source>&apos;{name}&apos; is not a readable MTL JSON file ({error}).</source>
        <translation>'{name}' ist keine lesbare MTL-JSON-Datei ({error}).</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="39"/>
        <source>&apos;{name}&apos; is not a readable MTL XML file ({error}).</source>
        <translation>'{name}' ist keine lesbare MTL-XML-Datei ({error}).</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="59"/>
        <source>Cannot read the MTL file &apos;{path}&apos;: {error}.</source>
        <translation>Die MTL-Datei '{path}' kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="72"/>
        <source>&apos;{mtl_path}&apos; has no SUN_ELEVATION: is it a Landsat Level-1 MTL file?</source>
        <translation>'{mtl_path}' hat kein SUN_ELEVATION: Ist es eine Landsat-Level-1-MTL-Datei?</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="80"/>
        <source>&apos;{mtl_path}&apos; has no reflectance coefficients for band {number}.</source>
        <translation>'{mtl_path}' hat keine Reflexionskoeffizienten für Band {number}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="113"/>
        <source>Give the MTL file of this scene (it lies beside the band files of the Level-1 product).</source>
        <translation>Geben Sie die MTL-Datei dieser Szene an (sie liegt neben den Banddateien des Level-1-Produkts).</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="119"/>
        <source>The MTL file &apos;{mtl_path}&apos; is for the scene {ids}, but the raster &apos;{raster_path}&apos; is named for another (path/row {raster_key}, acquired {raster_key2}): its coefficients and sun angle would be wrong. {fix}</source>
        <translation>Die MTL-Datei '{mtl_path}' gehört zur Szene {ids}, aber das Raster '{raster_path}' ist nach einer anderen benannt (Path/Row {raster_key}, aufgenommen {raster_key2}): Ihre Koeffizienten und ihr Sonnenwinkel wären falsch. {fix}</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="130"/>
        <source>the MTL&apos;s scene is {samples} x {lines} px, the raster {width} x {height} px</source>
        <translation>die Szene der MTL ist {samples} x {lines} px, das Raster {width} x {height} px</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="134"/>
        <source>The MTL file &apos;{mtl_path}&apos; is not for this raster: {sizes}, larger than the scene. {fix}</source>
        <translation>Die MTL-Datei '{mtl_path}' gehört nicht zu diesem Raster: {sizes}, größer als die Szene. {fix}</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="138"/>
        <source>The raster is smaller than the MTL&apos;s scene ({sizes}): taken to be the scene downsampled {ratio_x:.3g} times. If it is another scene, give its own MTL file.</source>
        <translation>Das Raster ist kleiner als die Szene der MTL ({sizes}): Es wird als um das {ratio_x:.3g}-Fache verkleinerte Szene angenommen. Ist es eine andere Szene, geben Sie deren eigene MTL-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="141"/>
        <source>The raster is smaller than the MTL&apos;s scene ({sizes}): taken to be a part of it. If it is another scene, give its own MTL file.</source>
        <translation>Das Raster ist kleiner als die Szene der MTL ({sizes}): Es wird als Teil davon angenommen. Ist es eine andere Szene, geben Sie deren eigene MTL-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="46"/>
        <source>&apos;{path}&apos; holds no HLS band files (HLS.L30.&lt;tile&gt;.&lt;date&gt;.v2.0.B05.tif).</source>
        <translation>'{path}' enthält keine HLS-Banddateien (HLS.L30.&lt;tile&gt;.&lt;date&gt;.v2.0.B05.tif).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="50"/>
        <source>&apos;{path}&apos; mixes the band files of {count} HLS products ({names}): open one product at a time (give one of its band files, or keep one product per folder).</source>
        <translation>'{path}' mischt die Banddateien von {count} HLS-Produkten ({names}): Öffnen Sie jeweils ein Produkt (geben Sie eine seiner Banddateien an, oder halten Sie ein Produkt pro Ordner).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="65"/>
        <source>The HLS product {kind}.{tile}.{day}T{time} lacks the band files {names}. Download every reflective band of the granule.</source>
        <translation>Dem HLS-Produkt {kind}.{tile}.{day}T{time} fehlen die Banddateien {names}. Laden Sie jedes reflektive Band der Granule herunter.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="78"/>
        <source>The HLS product has no Fmask file: no pixels are masked.</source>
        <translation>Das HLS-Produkt hat keine Fmask-Datei: Es werden keine Pixel maskiert.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="37"/>
        <source>&apos;{path}&apos; holds no Landsat MTL file (*_MTL.txt): is it a Landsat product?</source>
        <translation>'{path}' enthält keine Landsat-MTL-Datei (*_MTL.txt): Ist es ein Landsat-Produkt?</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="43"/>
        <source>&apos;{path}&apos; mixes the MTL files of {count} products ({ids}): keep one product per folder.</source>
        <translation>'{path}' mischt die MTL-Dateien von {count} Produkten ({ids}): Halten Sie ein Produkt pro Ordner.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="63"/>
        <source>&apos;{source}&apos; holds band files of {others}, but its MTL file describes {product_id}: the MTL does not belong to these bands, or two products share a folder. Keep one product per folder with its own MTL file.</source>
        <translation>'{source}' enthält Banddateien von {others}, aber seine MTL-Datei beschreibt {product_id}: Die MTL gehört nicht zu diesen Bändern, oder zwei Produkte teilen sich einen Ordner. Halten Sie ein Produkt pro Ordner mit seiner eigenen MTL-Datei.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="81"/>
        <source>The MTL file &apos;{mtl}&apos; has no reflectance coefficients for band {number}.</source>
        <translation>Die MTL-Datei '{mtl}' hat keine Reflexionskoeffizienten für Band {number}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="88"/>
        <source>The MTL file &apos;{mtl}&apos; has no SUN_ELEVATION, which TOA reflectance needs.</source>
        <translation>Die MTL-Datei '{mtl}' hat kein SUN_ELEVATION, das die TOA-Reflexion braucht.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="99"/>
        <source>&apos;{mtl}&apos; names no LANDSAT_PRODUCT_ID: it is not a Landsat MTL file.</source>
        <translation>'{mtl}' nennt keine LANDSAT_PRODUCT_ID: Es ist keine Landsat-MTL-Datei.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="103"/>
        <source>&apos;{path}&apos; is a Collection 1 Level-2 surface reflectance product (*_sr_band*.tif), which USGS retired in 2022 and this plugin does not read: download the Collection 2 Level-2 product of the scene.</source>
        <translation>'{path}' ist ein Collection-1-Level-2-Oberflächenreflexionsprodukt (*_sr_band*.tif), das USGS 2022 eingestellt hat und das dieses Plugin nicht liest: Laden Sie das Collection-2-Level-2-Produkt der Szene herunter.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="109"/>
        <source>The Landsat product {product_id} is from a sensor without reflective bands this plugin maps (Landsat 4/5 TM, 7 ETM+, 8/9 OLI).</source>
        <translation>Das Landsat-Produkt {product_id} stammt von einem Sensor ohne reflektive Bänder, die dieses Plugin kartiert (Landsat 4/5 TM, 7 ETM+, 8/9 OLI).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="116"/>
        <source>&apos;{path}&apos; lacks band files the {product_id} product needs: {missing}. Download the complete product (every band file beside the MTL), or open the folder that holds them.</source>
        <translation>'{path}' fehlen Banddateien, die das Produkt {product_id} braucht: {missing}. Laden Sie das vollständige Produkt herunter (jede Banddatei neben der MTL), oder öffnen Sie den Ordner, der sie enthält.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="176"/>
        <source>The band files are {actual} x {actual2} pixels, but the MTL file gives {expected} x {expected2} (REFLECTIVE_SAMPLES x REFLECTIVE_LINES): the files were resampled or cut after download. The grid and georeferencing are taken from the files; check that they are the product&apos;s.</source>
        <translation>Die Banddateien sind {actual} x {actual2} Pixel, aber die MTL-Datei gibt {expected} x {expected2} an (REFLECTIVE_SAMPLES x REFLECTIVE_LINES): Die Dateien wurden nach dem Download umgerechnet oder zugeschnitten. Gitter und Georeferenzierung werden aus den Dateien genommen; prüfen Sie, dass sie die des Produkts sind.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="24"/>
        <source>&apos;{path}&apos; does not exist. Give {what}.</source>
        <translation>'{path}' existiert nicht. Geben Sie {what} an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="28"/>
        <source>&apos;{path}&apos; is a Landsat Level-1 product (top-of-atmosphere reflectance), but surface reflectance (Level-2) was asked for: download the Collection 2 Level-2 product.</source>
        <translation>'{path}' ist ein Landsat-Level-1-Produkt (Reflexion am Oberrand der Atmosphäre), aber Oberflächenreflexion (Level-2) wurde verlangt: Laden Sie das Collection-2-Level-2-Produkt herunter.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="46"/>
        <source>&apos;{path}&apos; is not a STAC item. Give {what}.</source>
        <translation>'{path}' ist kein STAC-Item. Geben Sie {what} an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="50"/>
        <source>&apos;{path}&apos; is not a product this plugin opens. Give {what}.</source>
        <translation>'{path}' ist kein Produkt, das dieses Plugin öffnet. Geben Sie {what} an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="63"/>
        <source>&apos;{path}&apos; holds no product: no MTL file, no MTD_MSIL*.xml, no HLS band files and no STAC item were found in it. Give {what}.</source>
        <translation>'{path}' enthält kein Produkt: Darin wurden keine MTL-Datei, keine MTD_MSIL*.xml, keine HLS-Banddateien und kein STAC-Item gefunden. Geben Sie {what} an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="78"/>
        <source>&apos;{path}&apos; is not an archive GDAL can read ({error}).</source>
        <translation>'{path}' ist kein Archiv, das GDAL lesen kann ({error}).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="84"/>
        <source>The archive &apos;{path}&apos; holds no Landsat MTL file and no Sentinel-2 MTD_MSIL*.xml: it is not a product. Give {what}.</source>
        <translation>Das Archiv '{path}' enthält keine Landsat-MTL-Datei und keine Sentinel-2-MTD_MSIL*.xml: Es ist kein Produkt. Geben Sie {what} an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="80"/>
        <source>The band file &apos;{path}&apos; does not cover the same area as the product&apos;s other bands ({width} x {height} px of {sx:g} m against {width2} x {height2} px of {tx:g} m): the files come from different products or were cut differently.</source>
        <translation>Die Banddatei '{path}' deckt nicht dasselbe Gebiet ab wie die anderen Bänder des Produkts ({width} x {height} px zu {sx:g} m gegenüber {width2} x {height2} px zu {tx:g} m): Die Dateien stammen aus verschiedenen Produkten oder wurden verschieden zugeschnitten.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="201"/>
        <source>A Sentinel-2 scene can be prepared at 10, 20 or 60 m, not {metres} m.</source>
        <translation>Eine Sentinel-2-Szene kann mit 10, 20 oder 60 m vorbereitet werden, nicht mit {metres} m.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="218"/>
        <source>Unknown output format &apos;{output_format}&apos;: VRT or GTiff.</source>
        <translation>Unbekanntes Ausgabeformat '{output_format}': VRT oder GTiff.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="221"/>
        <source>Unknown resampling &apos;{resampling}&apos;. Choose one of: {choices}.</source>
        <translation>Unbekannte Umrechnung '{resampling}'. Wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="271"/>
        <source>Cannot write &apos;{out_path}&apos;: {error}.</source>
        <translation>'{out_path}' kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="45"/>
        <source>The product {product_id} has no band {name}.</source>
        <translation>Das Produkt {product_id} hat kein Band {name}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="81"/>
        <source>Cannot read &apos;{path}&apos;: {strerror}.</source>
        <translation>'{path}' kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="85"/>
        <source>Cannot read &apos;{path}&apos; in the archive.</source>
        <translation>'{path}' im Archiv kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="102"/>
        <source>The band file &apos;{path}&apos; cannot be read by GDAL ({error}).</source>
        <translation>Die Banddatei '{path}' kann von GDAL nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="40"/>
        <source>The Sentinel-2 product {product_id} lacks the band files {missing} ({value}). Download the complete product.</source>
        <translation>Dem Sentinel-2-Produkt {product_id} fehlen die Banddateien {missing} ({value}). Laden Sie das vollständige Produkt herunter.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="61"/>
        <source>&apos;{path}&apos; holds no MTD_MSIL2A.xml or MTD_MSIL1C.xml: is it a Sentinel-2 SAFE product?</source>
        <translation>'{path}' enthält keine MTD_MSIL2A.xml oder MTD_MSIL1C.xml: Ist es ein Sentinel-2-SAFE-Produkt?</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="64"/>
        <source>&apos;{path}&apos; holds {count} Sentinel-2 products: open one SAFE product at a time.</source>
        <translation>'{path}' enthält {count} Sentinel-2-Produkte: Öffnen Sie jeweils ein SAFE-Produkt.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="105"/>
        <source>&apos;{mtd}&apos; is not a readable Sentinel-2 metadata file ({error}).</source>
        <translation>'{mtd}' ist keine lesbare Sentinel-2-Metadatendatei ({error}).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="110"/>
        <source>&apos;{path}&apos; is a Sentinel-2 Level-1C product (top-of-atmosphere reflectance), but surface reflectance (Level-2A) was asked for: download the L2A product, or allow L1C.</source>
        <translation>'{path}' ist ein Sentinel-2-Level-1C-Produkt (Reflexion am Oberrand der Atmosphäre), aber Oberflächenreflexion (Level-2A) wurde verlangt: Laden Sie das L2A-Produkt herunter, oder erlauben Sie L1C.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="24"/>
        <source>&apos;{path}&apos; is not a readable STAC item JSON ({error}).</source>
        <translation>'{path}' ist kein lesbares STAC-Item-JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="27"/>
        <source>&apos;{path}&apos; is JSON but not a STAC item (no stac_version and assets).</source>
        <translation>'{path}' ist JSON, aber kein STAC-Item (kein stac_version und keine assets).</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="72"/>
        <source>The STAC item &apos;{path}&apos; is from &apos;{platform}&apos;: STAC items of Sentinel-2 are read; for Landsat give the product folder or its MTL file.</source>
        <translation>Das STAC-Item '{path}' stammt von '{platform}': Gelesen werden STAC-Items von Sentinel-2; für Landsat geben Sie den Produktordner oder seine MTL-Datei an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="72"/>
        <source>an unknown platform</source>
        <translation>einer unbekannten Plattform</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="79"/>
        <source>&apos;{path}&apos; is a Sentinel-2 Level-1C item (top-of-atmosphere reflectance), but surface reflectance (Level-2A) was asked for: use the L2A item, or allow L1C.</source>
        <translation>'{path}' ist ein Sentinel-2-Level-1C-Item (Reflexion am Oberrand der Atmosphäre), aber Oberflächenreflexion (Level-2A) wurde verlangt: Verwenden Sie das L2A-Item, oder erlauben Sie L1C.</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="93"/>
        <source>The STAC item has no SCL file beside it: no pixels are masked.</source>
        <translation>Das STAC-Item hat keine SCL-Datei daneben: Es werden keine Pixel maskiert.</translation>
    </message>
    <message>
        <location filename="../core/sensors/scaling.py" line="37"/>
        <source>Unknown reflectance scaling &apos;{preset_key}&apos;.</source>
        <translation>Unbekannte Reflexionsskalierung '{preset_key}'.</translation>
    </message>
    <message>
        <location filename="../core/sensors/scaling.py" line="42"/>
        <source>TOA reflectance from a Landsat MTL file needs the MTL file: give its path.</source>
        <translation>TOA-Reflexion aus einer Landsat-MTL-Datei braucht die MTL-Datei: Geben Sie ihren Pfad an.</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="55"/>
        <source>&apos;{path}&apos; has no coordinate reference system: the outputs have none either. Assign the CRS of the scene (Raster &gt; Projections &gt; Assign Projection) to place them on a map.</source>
        <translation>'{path}' hat kein Koordinatenbezugssystem: Die Ausgaben haben auch keines. Weisen Sie das KBS der Szene zu (Raster &gt; Projektionen &gt; Projektion zuweisen), um sie auf einer Karte zu platzieren.</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="181"/>
        <source>Unknown spectral role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>Unbekannte Spektralrolle '{role}'. Rollen: {roles}.</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="203"/>
        <source> The values fit {fits} ({share:.0%} outside): choose that reflectance scaling.</source>
        <translation> Die Werte passen zu {fits} ({share:.0%} außerhalb): Wählen Sie diese Reflexionsskalierung.</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="203"/>
        <source> Check the reflectance scaling, scale and offset.</source>
        <translation> Prüfen Sie Reflexionsskalierung, Faktor und Offset.</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="208"/>
        <source>WARNING: with the scaling {scaling}, {share:.0%} of a sample of valid pixels are outside {low:g}..{high:g} reflectance: the scaling does not fit the raster, and indices and thresholds will be wrong.{hint}</source>
        <translation>WARNUNG: Mit der Skalierung {scaling} liegen {share:.0%} einer Stichprobe gültiger Pixel außerhalb von {low:g}..{high:g} Reflexion: Die Skalierung passt nicht zum Raster, und Indizes und Schwellenwerte werden falsch sein.{hint}</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="273"/>
        <source>The raster has {band_count} band(s) and no band descriptions that name them, but the {label} preset stacks {stack_count} ({stack}): the band positions were assumed ({mapping}). If the stack starts at another band (an HLS stack starts at B2), give the bands descriptions such as B03, set the band numbers, or choose the sensor that made it.</source>
        <translation>Das Raster hat {band_count} Band/Bänder und keine Bandbeschreibungen, die sie benennen, aber die Vorgabe {label} stapelt {stack_count} ({stack}): Die Bandpositionen wurden angenommen ({mapping}). Beginnt der Stapel mit einem anderen Band (ein HLS-Stapel beginnt mit B2), geben Sie den Bändern Beschreibungen wie B03, setzen Sie die Bandnummern, oder wählen Sie den Sensor, der es aufgenommen hat.</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="72"/>
        <source>Unknown water test &apos;{water_test}&apos;. Choose one of: {water_tests}.</source>
        <translation>Unbekannter Wassertest '{water_test}'. Wählen Sie einen von: {water_tests}.</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="76"/>
        <source>NDWI threshold of the water test</source>
        <translation>NDWI-Schwellenwert des Wassertests</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="78"/>
        <source>The NIR limit of the water test ({nir_max}) must be a reflectance above 0, such as 0.07.</source>
        <translation>Das NIR-Limit des Wassertests ({nir_max}) muss eine Reflexion über 0 sein, etwa 0.07.</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="81"/>
        <source>The minimum green reflectance must be a number, or empty for no test.</source>
        <translation>Die minimale Grünreflexion muss eine Zahl sein, oder leer für keinen Test.</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="132"/>
        <source>The terrain mask &apos;{terrain_mask_path}&apos; is not on the grid of the input raster.</source>
        <translation>Die Geländemaske '{terrain_mask_path}' liegt nicht auf dem Gitter des Eingaberasters.</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="106"/>
        <source>Unknown index &apos;{index}&apos;. Choose one of: {index_bands}.</source>
        <translation>Unbekannter Index '{index}'. Wählen Sie einen von: {index_bands}.</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="171"/>
        <source>The prepared scene has no valid pixels in bands {names}{what}: its quality masks hid {share:.1%} of the pixels with data (clouds, shadow, cirrus). Choose a clearer scene, or prepare it again with fewer quality masks.</source>
        <translation>Die vorbereitete Szene hat keine gültigen Pixel in den Bändern {names}{what}: Ihre Qualitätsmasken verdeckten {share:.1%} der Pixel mit Daten (Wolken, Schatten, Zirren). Wählen Sie eine klarere Szene, oder bereiten Sie sie mit weniger Qualitätsmasken erneut vor.</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="176"/>
        <source>The raster has no valid pixels in bands {names}: every pixel is nodata in at least one of them{what}. Check the band numbers and the nodata value of the raster.</source>
        <translation>Das Raster hat keine gültigen Pixel in den Bändern {names}: Jedes Pixel ist in mindestens einem davon NoData{what}. Prüfen Sie die Bandnummern und den NoData-Wert des Rasters.</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="267"/>
        <source> (or the two bands sum to 0)</source>
        <translation> (oder die beiden Bänder ergeben zusammen 0)</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="77"/>
        <source>Unknown water index &apos;{index}&apos;. Choose one of: {lake_indices}.</source>
        <translation>Unbekannter Wasserindex '{index}'. Wählen Sie einen von: {lake_indices}.</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="80"/>
        <source>brightness limit of the snow/ice test</source>
        <translation>Helligkeitslimit des Schnee-/Eistests</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="81"/>
        <source>MNDWI - NDWI limit of the snow/ice test</source>
        <translation>MNDWI - NDWI-Limit des Schnee-/Eistests</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="82"/>
        <source>green limit of the shadow test</source>
        <translation>Grünlimit des Schattentests</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="84"/>
        <source>NIR limit of the snow/ice test</source>
        <translation>NIR-Limit des Schnee-/Eistests</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="87"/>
        <source>The {what} must be a reflectance, such as 0.05.</source>
        <translation>{what} muss eine Reflexion sein, etwa 0.05.</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="97"/>
        <source>The {what} &apos;{path}&apos; ({width} x {height} px) is not on the grid of the input raster ({width2} x {height2} px): resample it onto the input&apos;s grid first (Raster &gt; Projections &gt; Warp, with the input as target extent and resolution).</source>
        <translation>{what} '{path}' ({width} x {height} px) liegt nicht auf dem Gitter des Eingaberasters ({width2} x {height2} px): Rechnen Sie es zuerst auf das Gitter der Eingabe um (Raster &gt; Projektionen &gt; Transformieren, mit der Eingabe als Zielausdehnung und -auflösung).</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="200"/>
        <source>A shadow mask was given but shadow exclusion is off: the mask was not used.</source>
        <translation>Eine Schattenmaske wurde angegeben, aber der Schattenausschluss ist aus: Die Maske wurde nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="79"/>
        <source>The sun position is not known (not in the scene&apos;s metadata, not given): cast and self-shadow were not computed; only the slope test was applied.</source>
        <translation>Der Sonnenstand ist nicht bekannt (nicht in den Metadaten der Szene, nicht angegeben): Schlag- und Eigenschatten wurden nicht berechnet; nur der Hangneigungstest wurde angewendet.</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="82"/>
        <source>The sun elevation {elevation} must be above 0 and at most 90 degrees.</source>
        <translation>Die Sonnenhöhe {elevation} muss über 0 und höchstens 90 Grad sein.</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="150"/>
        <source>The maximum lake slope {max_lake_slope_deg} must be between 0 and 90 degrees.</source>
        <translation>Die maximale Seeneigung {max_lake_slope_deg} muss zwischen 0 und 90 Grad liegen.</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="169"/>
        <source>Cast shadows longer than {max_halo_pixels} pixels were cut there (low sun over high relief).</source>
        <translation>Schlagschatten länger als {max_halo_pixels} Pixel wurden dort abgeschnitten (tiefe Sonne über hohem Relief).</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="177"/>
        <source>Cancelled while computing the terrain flags.</source>
        <translation>Beim Berechnen der Geländemerkmale abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="108"/>
        <source>Otsu&apos;s method needs at least two different values, but all values fall in one histogram bin. Give the threshold explicitly.</source>
        <translation>Das Otsu-Verfahren braucht mindestens zwei verschiedene Werte, aber alle Werte fallen in eine Histogrammklasse. Geben Sie den Schwellenwert ausdrücklich an.</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="165"/>
        <source>The {what} &apos;{value}&apos; is not a number. Give a value between -1 and 1.</source>
        <translation>{what} '{value}' ist keine Zahl. Geben Sie einen Wert zwischen -1 und 1 an.</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="168"/>
        <source>The {what} {value} is outside [-1, 1], the range of a normalised difference. Give a value between -1 and 1, or use the automatic threshold.</source>
        <translation>{what} {value} liegt außerhalb von [-1, 1], dem Bereich einer normierten Differenz. Geben Sie einen Wert zwischen -1 und 1 an, oder verwenden Sie den automatischen Schwellenwert.</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="234"/>
        <source> (or the two index bands sum to 0)</source>
        <translation> (oder die beiden Indexbänder ergeben zusammen 0)</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="244"/>
        <source>The minimum patch size {value} is negative. Give 0 (keep all) or more pixels.</source>
        <translation>Die minimale Flächengröße {value} ist negativ. Geben Sie 0 (alle behalten) oder mehr Pixel an.</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="280"/>
        <source>Most valid pixels have a green reflectance above {limit}: the raster looks like digital numbers, not reflectance (scaling used: {scaling}). Choose the reflectance scaling of the product; reflectance tests are meaningless otherwise.</source>
        <translation>Die meisten gültigen Pixel haben eine Grünreflexion über {limit}: Das Raster sieht nach Rohwerten aus, nicht nach Reflexion (verwendete Skalierung: {scaling}). Wählen Sie die Reflexionsskalierung des Produkts; Reflexionstests sind sonst bedeutungslos.</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="295"/>
        <source>The automatic {label} threshold {threshold:.3f} is outside the usual range for {target} ({low} to {high}): the histogram may not be bimodal (little {target} in the scene, clouds, or a wrong scaling). Check the mask, or give the threshold explicitly.</source>
        <translation>Der automatische {label}-Schwellenwert {threshold:.3f} liegt außerhalb des üblichen Bereichs für {target} ({low} bis {high}): Das Histogramm ist vielleicht nicht bimodal (wenig {target} in der Szene, Wolken oder eine falsche Skalierung). Prüfen Sie die Maske, oder geben Sie den Schwellenwert ausdrücklich an.</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="395"/>
        <source>No valid pixel is left for the automatic {label} threshold after the exclusion tests ({exclusion_names}): every pixel is nodata or excluded. Give the threshold explicitly or turn the exclusions off.</source>
        <translation>Für den automatischen {label}-Schwellenwert bleibt nach den Ausschlusstests ({exclusion_names}) kein gültiges Pixel: Jedes Pixel ist NoData oder ausgeschlossen. Geben Sie den Schwellenwert ausdrücklich an oder schalten Sie die Ausschlüsse ab.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="133"/>
        <source>Chip size {chip_size} is not usable: give a multiple of 16 such as 128 or 256 (U-Nets halve the chip four times or more).</source>
        <translation>Die Chipgröße {chip_size} ist nicht verwendbar: Geben Sie ein Vielfaches von 16 an, etwa 128 oder 256 (U-Nets halbieren den Chip viermal oder öfter).</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="138"/>
        <source>Stride {stride} must be a positive number of pixels (default: the chip size).</source>
        <translation>Die Schrittweite {stride} muss eine positive Anzahl Pixel sein (Standard: die Chipgröße).</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="142"/>
        <source>The split block size ({block} px) must be at least the chip size ({chip_size} px).</source>
        <translation>Die Blockgröße der Aufteilung ({block} px) muss mindestens die Chipgröße ({chip_size} px) sein.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="146"/>
        <source>{name} must lie between 0 and 1, not {value}.</source>
        <translation>{name} muss zwischen 0 und 1 liegen, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="149"/>
        <source>validation_fraction must be at least 0 and less than 1, not {validation_fraction}.</source>
        <translation>validation_fraction muss mindestens 0 und kleiner als 1 sein, nicht {validation_fraction}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="152"/>
        <source>Target &apos;{target}&apos; is not one of: {targets}.</source>
        <translation>Das Ziel '{target}' ist keines von: {targets}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="155"/>
        <source>unlabelled must be &apos;background&apos; or &apos;ignore&apos;, not {unlabelled!r}.</source>
        <translation>unlabelled muss 'background' oder 'ignore' sein, nicht {unlabelled!r}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="161"/>
        <source>&apos;{label}&apos; is not a band role. Choose from: {roles}.</source>
        <translation>'{label}' ist keine Bandrolle. Wählen Sie aus: {roles}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="166"/>
        <source>Choose at least one band for the chips.</source>
        <translation>Wählen Sie mindestens ein Band für die Chips.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="168"/>
        <source>A band is listed twice: {bands}.</source>
        <translation>Ein Band ist zweimal aufgeführt: {bands}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="174"/>
        <source>&apos;{name}&apos; is not a derived channel. Choose from: {value}.</source>
        <translation>'{name}' ist kein abgeleiteter Kanal. Wählen Sie aus: {value}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="186"/>
        <source>The folder &apos;{parent}&apos; does not exist. Create it or choose another output folder.</source>
        <translation>Der Ordner '{parent}' existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="189"/>
        <source>Cannot write in &apos;{parent}&apos; (permission denied). Choose a folder you can write to.</source>
        <translation>In '{parent}' kann nicht geschrieben werden (Zugriff verweigert). Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="193"/>
        <source>&apos;{folder}&apos; is a file, not a folder. Choose a folder for the chips.</source>
        <translation>'{folder}' ist eine Datei, kein Ordner. Wählen Sie einen Ordner für die Chips.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="198"/>
        <source>The output folder &apos;{folder}&apos; already holds other files ({shown}). Choose an empty or new folder, or an earlier chip folder to replace.</source>
        <translation>Der Ausgabeordner '{folder}' enthält bereits andere Dateien ({shown}). Wählen Sie einen leeren oder neuen Ordner, oder einen früheren Chipordner zum Ersetzen.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="208"/>
        <source>Cannot move the chips into &apos;{folder}&apos;: {error}.</source>
        <translation>Die Chips können nicht nach '{folder}' verschoben werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="242"/>
        <source>none (every value is empty)</source>
        <translation>keine (jeder Wert ist leer)</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="244"/>
        <source>No polygon of the label layer &apos;{path}&apos; has {field_name} = {target_value}, the target value, so the chips would hold no {target} at all. The values of &apos;{field_name}&apos; are: {found}. Set the target value to the one that marks {target}, or choose another class field.</source>
        <translation>Kein Polygon des Labellayers '{path}' hat {field_name} = {target_value}, den Zielwert, daher enthielten die Chips überhaupt kein {target}. Die Werte von '{field_name}' sind: {found}. Setzen Sie den Zielwert auf den, der {target} markiert, oder wählen Sie ein anderes Klassenfeld.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="262"/>
        <source>The {what} layer &apos;{path}&apos; has no field &apos;{field_name}&apos;. Its fields are: {fields}. Choose its class field.</source>
        <translation>Der {what}-Layer '{path}' hat kein Feld '{field_name}'. Seine Felder sind: {fields}. Wählen Sie sein Klassenfeld.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="362"/>
        <source>No chip lies inside the area of interest. Check that the area of interest covers the raster, or leave it out.</source>
        <translation>Kein Chip liegt im Untersuchungsgebiet. Prüfen Sie, dass das Untersuchungsgebiet das Raster abdeckt, oder lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="365"/>
        <source>the label coverage (unlabelled pixels are ignored)</source>
        <translation>die Labelabdeckung (unbeschriftete Pixel werden ignoriert)</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="368"/>
        <source>All {candidates} chip(s) failed the valid-pixel filter: the best has {max_valid:.1f}% non-ignored pixels, below the minimum of {min_valid_fraction:.0f}%. Check {causes}, or lower the minimum valid fraction.</source>
        <translation>Alle {candidates} Chip(s) fielen durch den Filter gültiger Pixel: Der beste hat {max_valid:.1f}% nicht ignorierte Pixel, unter dem Minimum von {min_valid_fraction:.0f}%. Prüfen Sie {causes}, oder senken Sie den minimalen gültigen Anteil.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="374"/>
        <source>No chip passed the target filter: {dropped_low} chip(s) have less than {min_positive_fraction:.1f}% {target} pixels (the highest observed is {max_positive:.2f}%){and_nodata}. Lower the minimum positive fraction, use a smaller chip size, or check that the labels mark the {target} (class field and target value).</source>
        <translation>Kein Chip bestand den Zielfilter: {dropped_low} Chip(s) haben weniger als {min_positive_fraction:.1f}% {target}-Pixel (der höchste beobachtete Wert ist {max_positive:.2f}%){and_nodata}. Senken Sie den minimalen Positivanteil, verwenden Sie eine kleinere Chipgröße, oder prüfen Sie, dass die Labels {target} markieren (Klassenfeld und Zielwert).</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="374"/>
        <source> and {count} too few valid pixels</source>
        <translation> und {count} mit zu wenigen gültigen Pixeln</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="400"/>
        <source>None of the {features} label polygons has a valid area: check the label layer &apos;{labels_path}&apos; (Vector &gt; Geometry Tools &gt; Check Validity).</source>
        <translation>Keines der {features} Labelpolygone hat eine gültige Fläche: Prüfen Sie den Labellayer '{labels_path}' (Vektor &gt; Geometrie-Werkzeuge &gt; Gültigkeit prüfen).</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="403"/>
        <source>None of the {count} label polygons overlaps the raster{or_no_class}. The labels ({crs_name}) extend over x {x_min:.6g} to {x_max:.6g}, y {y_min:.6g} to {y_max:.6g}; the raster covers {extent_text} in its own CRS. Choose labels drawn on this scene.</source>
        <translation>Keines der {count} Labelpolygone überlappt das Raster{or_no_class}. Die Labels ({crs_name}) reichen über x {x_min:.6g} bis {x_max:.6g}, y {y_min:.6g} bis {y_max:.6g}; das Raster deckt {extent_text} in seinem eigenen KBS ab. Wählen Sie auf dieser Szene gezeichnete Labels.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="403"/>
        <source> (or they have no class value)</source>
        <translation> (oder sie haben keinen Klassenwert)</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="412"/>
        <source>Labels: {warning}</source>
        <translation>Labels: {warning}</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="419"/>
        <source>Corrections: {warning}</source>
        <translation>Korrekturen: {warning}</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="422"/>
        <source>No correction polygon with a class overlaps the raster: the corrections change nothing.</source>
        <translation>Kein Korrekturpolygon mit einer Klasse überlappt das Raster: Die Korrekturen ändern nichts.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="427"/>
        <source>The area of interest &apos;{aoi_path}&apos; does not overlap the raster. Choose an area on this scene, or leave it out.</source>
        <translation>Das Untersuchungsgebiet '{aoi_path}' überlappt das Raster nicht. Wählen Sie ein Gebiet auf dieser Szene, oder lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="430"/>
        <source>Area of interest: {warning}</source>
        <translation>Untersuchungsgebiet: {warning}</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="531"/>
        <source>Channel(s) {flat} are constant over the training chips; their standard deviation is set to 1e-6.</source>
        <translation>Kanal/Kanäle {flat} sind über die Trainingschips konstant; ihre Standardabweichung wird auf 1e-6 gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="632"/>
        <source>The chip size ({chip} px) is larger than the raster ({width} x {height} px). Choose a chip size of at most {width2} px.</source>
        <translation>Die Chipgröße ({chip} px) ist größer als das Raster ({width} x {height} px). Wählen Sie eine Chipgröße von höchstens {width2} px.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="641"/>
        <source>Without a CRS, the label polygons&apos; coordinates are taken to be in the raster&apos;s georeferencing as they are.</source>
        <translation>Ohne KBS werden die Koordinaten der Labelpolygone so, wie sie sind, in der Georeferenzierung des Rasters angenommen.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="644"/>
        <source>The label layer &apos;{labels_path}&apos; has no polygons. Draw {target} polygons in it (or seed it from outlines) before exporting chips.</source>
        <translation>Der Labellayer '{labels_path}' hat keine Polygone. Zeichnen Sie {target}-Polygone darin (oder füllen Sie ihn aus Umrissen vor), bevor Sie Chips exportieren.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="127"/>
        <source>Only one chip was exported: there is no validation chip. Use a smaller chip size or stride, or label a larger area.</source>
        <translation>Es wurde nur ein Chip exportiert: Es gibt keinen Validierungschip. Verwenden Sie eine kleinere Chipgröße oder Schrittweite, oder beschriften Sie ein größeres Gebiet.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="130"/>
        <source>Validation fraction 0: every chip is for training and the trainer cannot measure accuracy on unseen areas.</source>
        <translation>Validierungsanteil 0: Jeder Chip dient dem Training, und der Trainer kann die Genauigkeit auf ungesehenen Gebieten nicht messen.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="146"/>
        <source>The chips did not spread over enough {block_px}-px split blocks for a validation set: blocks of {size} px were used. Validation chips lie closer to training chips; label a larger area for a more independent validation.</source>
        <translation>Die Chips verteilten sich nicht über genug Aufteilungsblöcke von {block_px} px für einen Validierungssatz: Es wurden Blöcke von {size} px verwendet. Validierungschips liegen näher an Trainingschips; beschriften Sie ein größeres Gebiet für eine unabhängigere Validierung.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="159"/>
        <source>The chips are too few or too close together for a spatially separate validation set ({count} validation chip(s) overlap training chips): validation scores will be optimistic. Use a smaller chip size or stride, or label a larger area.</source>
        <translation>Die Chips sind zu wenige oder liegen zu dicht für einen räumlich getrennten Validierungssatz ({count} Validierungschip(s) überlappen Trainingschips): Die Validierungswerte werden zu optimistisch sein. Verwenden Sie eine kleinere Chipgröße oder Schrittweite, oder beschriften Sie ein größeres Gebiet.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="167"/>
        <source>Validation holds {share:.0f}% of the chips (asked {validation_fraction:.0f}%): the split blocks ({size} px) are coarse for this area. Use a smaller split block size.</source>
        <translation>Die Validierung enthält {share:.0f}% der Chips (verlangt {validation_fraction:.0f}%): Die Aufteilungsblöcke ({size} px) sind für dieses Gebiet grob. Verwenden Sie eine kleinere Blockgröße der Aufteilung.</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="172"/>
        <source>{dropped} training chip(s) overlapping validation blocks or chips were dropped so that no pixel is both in training and in validation.</source>
        <translation>{dropped} Trainingschip(s), die Validierungsblöcke oder -chips überlappten, wurden verworfen, damit kein Pixel zugleich im Training und in der Validierung liegt.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="69"/>
        <source>&apos;{crs}&apos; is not a coordinate reference system GDAL knows. Give one such as &apos;EPSG:32611&apos; (the CRS of the imagery you will label).</source>
        <translation>'{crs}' ist kein Koordinatenbezugssystem, das GDAL kennt. Geben Sie eines wie 'EPSG:32611' an (das KBS des Bildes, das Sie beschriften werden).</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="84"/>
        <source>Class {item!r} needs an integer &apos;value&apos; and a &apos;name&apos;.</source>
        <translation>Die Klasse {item!r} braucht einen ganzzahligen 'value' und einen 'name'.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="87"/>
        <source>Class {item!r}: the value must be 0-{ignore_label} ({ignore_label2} marks ignored pixels in chips) and the name must not be empty.</source>
        <translation>Klasse {item!r}: Der Wert muss 0-{ignore_label} sein ({ignore_label2} markiert ignorierte Pixel in Chips) und der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="95"/>
        <source>Class values and names must be unique: {checked}.</source>
        <translation>Klassenwerte und -namen müssen eindeutig sein: {checked}.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="98"/>
        <source>The classes must include 0 (background / not the target).</source>
        <translation>Die Klassen müssen 0 enthalten (Hintergrund / nicht das Ziel).</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="118"/>
        <source>Outline feature {fid} has {seed_class_field} = &apos;{text}&apos;, which is not one of the label classes ({known}). Add that class, or give one class value for every polygon.</source>
        <translation>Das Umrissobjekt {fid} hat {seed_class_field} = '{text}', was keine der Labelklassen ist ({known}). Fügen Sie diese Klasse hinzu, oder geben Sie einen Klassenwert für jedes Polygon an.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="129"/>
        <source>The label layer &apos;{path}&apos; must be a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>Der Labellayer '{path}' muss ein GeoPackage sein: Geben Sie einen Dateinamen mit der Endung .gpkg an.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="132"/>
        <source>Give the label layer a name, such as &apos;labels&apos; or &apos;corrections&apos;.</source>
        <translation>Geben Sie dem Labellayer einen Namen, etwa 'labels' oder 'corrections'.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="136"/>
        <source>The folder &apos;{folder}&apos; does not exist. Create it or choose another place.</source>
        <translation>Der Ordner '{folder}' existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="139"/>
        <source>&apos;{path}&apos; already exists. Choose another file name, or allow overwriting it.</source>
        <translation>'{path}' existiert bereits. Wählen Sie einen anderen Dateinamen, oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="142"/>
        <source>The label layer cannot replace the outlines it is seeded from: choose another file name.</source>
        <translation>Der Labellayer kann die Umrisse, aus denen er vorbefüllt wird, nicht ersetzen: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="155"/>
        <source>The outlines have no field &apos;{seed_class_field}&apos;. Their fields are: {fields}.</source>
        <translation>Die Umrisse haben kein Feld '{seed_class_field}'. Ihre Felder sind: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="163"/>
        <source>The filter &apos;{seed_where}&apos; is not valid for the outlines: {error}.</source>
        <translation>Der Filter '{seed_where}' ist für die Umrisse nicht gültig: {error}.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="174"/>
        <source>The label layer needs a coordinate reference system: give one (the CRS of the imagery you will label, e.g. &apos;EPSG:32611&apos;).</source>
        <translation>Der Labellayer braucht ein Koordinatenbezugssystem: Geben Sie eines an (das KBS des Bildes, das Sie beschriften werden, z. B. 'EPSG:32611').</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="221"/>
        <source>The outlines have no CRS: their coordinates are taken to be in the label CRS.</source>
        <translation>Die Umrisse haben kein KBS: Ihre Koordinaten werden im KBS der Labels angenommen.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="244"/>
        <source>{repaired} invalid outline polygon(s) were repaired.</source>
        <translation>{repaired} ungültige(s) Umrisspolygon(e) wurde(n) repariert.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="247"/>
        <source>{dropped} outline feature(s) had no polygon area or no class and were left out.</source>
        <translation>{dropped} Umrissobjekt(e) hatte(n) keine Polygonfläche oder keine Klasse und wurde(n) ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="250"/>
        <source>No outline polygon was copied: the label layer is empty.</source>
        <translation>Es wurde kein Umrisspolygon kopiert: Der Labellayer ist leer.</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="275"/>
        <source>Seed class {seed_class} is not one of the classes ({value}).</source>
        <translation>Die Startklasse {seed_class} ist keine der Klassen ({value}).</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="72"/>
        <source>The trainer's Python '{python}' was not found. Create the trainer environment: run Glacier Mapper › Set-up › Set up the trainer (glaciermapper:setuptrainer), or make a venv with the packages of {trainer_requirements} (torch, onnx, onnxruntime, numpy) and set its python as 'Trainer Python' in Processing › Options › Providers › Glacier Mapper.</source>
        <translation>Das Python des Trainers '{python}' wurde nicht gefunden. Legen Sie die Trainerumgebung an: Führen Sie Glacier Mapper › Einrichtung › Trainer einrichten (glaciermapper:setuptrainer) aus, oder legen Sie ein venv mit den Paketen aus {trainer_requirements} an (torch, onnx, onnxruntime, numpy) und setzen Sie sein python als 'Trainer-Python' unter Processing › Optionen › Anbieter › Glacier Mapper.</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="106"/>
        <source>The trainer's Python '{python}' is not a Python with the trainer's packages (checking it with 'import torch, onnx' said: {said}). Create the trainer environment: run Glacier Mapper › Set-up › Set up the trainer (glaciermapper:setuptrainer), or install {trainer_requirements} into a Python 3 venv and set that venv's python as 'Trainer Python' in Processing › Options › Providers › Glacier Mapper.</source>
        <translation>Das Python des Trainers '{python}' ist kein Python mit den Paketen des Trainers (die Prüfung mit 'import torch, onnx' ergab: {said}). Legen Sie die Trainerumgebung an: Führen Sie Glacier Mapper › Einrichtung › Trainer einrichten (glaciermapper:setuptrainer) aus, oder installieren Sie {trainer_requirements} in ein Python-3-venv und setzen Sie dessen python als 'Trainer-Python' unter Processing › Optionen › Anbieter › Glacier Mapper.</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="193"/>
        <source>&apos;{chips}&apos; is not a chip folder (no manifest.json): export chips with &apos;Export training chips&apos; first.</source>
        <translation>'{chips}' ist kein Chipordner (keine manifest.json): Exportieren Sie zuerst Chips mit 'Trainingschips exportieren'.</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="248"/>
        <source>Training cancelled: the trainer was stopped and no model was written.</source>
        <translation>Training abgebrochen: Der Trainer wurde gestoppt, und es wurde kein Modell geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="276"/>
        <source>
Its last output:
{last_words}</source>
        <translation>
Seine letzte Ausgabe:
{last_words}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="279"/>
        <source>The trainer was killed by signal 9: probably out of memory: reduce batch or chip size (or the network&apos;s base width).{output}</source>
        <translation>Der Trainer wurde durch Signal 9 beendet: vermutlich zu wenig Speicher: Verringern Sie Batch- oder Chipgröße (oder die Grundbreite des Netzes).{output}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="282"/>
        <source>The trainer was stopped by signal {signal}.{output}</source>
        <translation>Der Trainer wurde durch Signal {signal} gestoppt.{output}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="285"/>
        <source>The trainer failed: {errors}</source>
        <translation>Der Trainer ist fehlgeschlagen: {errors}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="286"/>
        <source>The trainer failed (exit code {code}) without reporting why. Its last output:
{last_words}</source>
        <translation>Der Trainer ist fehlgeschlagen (Exit-Code {code}), ohne einen Grund zu nennen. Seine letzte Ausgabe:
{last_words}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="286"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="74"/>
        <source>Unknown torch build {build!r}.</source>
        <translation>Unbekannter torch-Build {build!r}.</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="76"/>
        <source>The CUDA build of torch needs an NVIDIA GPU and its driver, and none was found here: choose the CPU build.</source>
        <translation>Der CUDA-Build von torch braucht eine NVIDIA-GPU und ihren Treiber, und hier wurde keine gefunden: Wählen Sie den CPU-Build.</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="87"/>
        <source>Creating the venv {folder} failed (on Debian and Ubuntu install python3-venv):
{output}</source>
        <translation>Das Anlegen des venv {folder} ist fehlgeschlagen (unter Debian und Ubuntu installieren Sie python3-venv):
{output}</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="252"/>
        <source>{short} not used: {reason}</source>
        <translation>{short} nicht verwendet: {reason}</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="252"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="253"/>
        <source>would replace</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="13"/>
        <source>a Landsat product folder, .tar archive or MTL file (*_MTL.txt/.json/.xml); a Sentinel-2 SAFE folder, .zip or MTD_MSIL2A.xml / MTD_MSIL1C.xml; a Sentinel-2 STAC item .json; or a folder of HLS band files</source>
        <translation>einen Landsat-Produktordner, ein .tar-Archiv oder eine MTL-Datei (*_MTL.txt/.json/.xml); einen Sentinel-2-SAFE-Ordner, eine .zip oder MTD_MSIL2A.xml / MTD_MSIL1C.xml; ein Sentinel-2-STAC-Item .json; oder einen Ordner mit HLS-Banddateien</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="89"/>
        <source>shadow mask</source>
        <translation>Schattenmaske</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="91"/>
        <source>terrain mask</source>
        <translation>Geländemaske</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="395"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="415"/>
        <source>corrections</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="106"/>
        <source>A footprint rotation of {rotation} degrees is outside -45 to 45 degrees. Give the tilt of the scene in its grid (Landsat: about 8-13 degrees).</source>
        <translation>Eine Drehung des Footprints um {rotation} Grad liegt außerhalb von -45 bis 45 Grad. Geben Sie die Neigung der Szene in ihrem Raster an (Landsat: etwa 8-13 Grad).</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/randomiser.py" line="85"/>
        <source>Unknown sample-scene sensor &apos;{sensor}&apos;. Choose one of: {choices}.</source>
        <translation>Unbekannter Sensor der Beispielszene '{sensor}'. Wählen Sie einen von: {choices}.</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="65"/>
        <source>Unknown precision &apos;{precision}&apos;. Choose one of: {choices}.</source>
        <translation>Unbekannte Genauigkeit '{precision}'. Wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <location filename="../core/inference/catalog.py" line="79"/>
        <source>The model &apos;{model}&apos; has no int8 variant: {variant} is not beside it. Choose the precision fp32, or quantise the model to that file (the bundled models&apos; variants are made by &apos;python -m scripts.build_models&apos;, see models/README.md).</source>
        <translation>Das Modell '{model}' hat keine int8-Variante: {variant} liegt nicht daneben. Wählen Sie die Genauigkeit fp32 oder quantisieren Sie das Modell in diese Datei (die Varianten der mitgelieferten Modelle erzeugt 'python -m scripts.build_models', siehe models/README.md).</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="46"/>
        <source>The real DEM &apos;{path}&apos; cannot be opened as a raster. Give a GeoTIFF (or any GDAL raster) of elevation in metres.</source>
        <translation>Das reale DGM '{path}' lässt sich nicht als Raster öffnen. Geben Sie ein GeoTIFF (oder ein anderes GDAL-Raster) mit Höhen in Metern an.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="49"/>
        <source>The real DEM &apos;{path}&apos; has no coordinate reference system. Give a georeferenced DEM.</source>
        <translation>Das reale DGM '{path}' hat kein Koordinatenbezugssystem. Geben Sie ein georeferenziertes DGM an.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="81"/>
        <source>The real DEM &apos;{path}&apos; is rotated in its CRS: warp it to a north-up grid.</source>
        <translation>Das reale DGM '{path}' ist in seinem KBS gedreht: Transformieren Sie es auf ein nordausgerichtetes Raster.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="108"/>
        <source>A scene of {width} x {height} pixels of {pixel_size:g} m does not fit on the real DEM &apos;{path}&apos; ({dem_width} x {dem_height} pixels of {cell_x:g} x {cell_y:g} CRS units). Give a smaller width and height, or a smaller pixel size.</source>
        <translation>Eine Szene von {width} x {height} Pixeln zu {pixel_size:g} m passt nicht auf das reale DGM '{path}' ({dem_width} x {dem_height} Pixel zu {cell_x:g} x {cell_y:g} KBS-Einheiten). Geben Sie eine kleinere Breite und Höhe oder eine kleinere Pixelgröße an.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="161"/>
        <source>The glacier outlines &apos;{path}&apos; cannot be opened as a vector layer. Give a shapefile or GeoPackage of glacier polygons (e.g. RGI).</source>
        <translation>Die Gletscherumrisse '{path}' lassen sich nicht als Vektorlayer öffnen. Geben Sie ein Shapefile oder GeoPackage mit Gletscherpolygonen an (z. B. RGI).</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="167"/>
        <source>The glacier outlines &apos;{path}&apos; have no coordinate reference system.</source>
        <translation>Die Gletscherumrisse '{path}' haben kein Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="179"/>
        <source>The glacier outlines &apos;{path}&apos; hold no polygons.</source>
        <translation>Die Gletscherumrisse '{path}' enthalten keine Polygone.</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="83"/>
        <source>A spectral mosaic has neither terrain nor clouds: leave out the real terrain and the clouds, or ask for a landscape scene instead of the mosaic.</source>
        <translation>Ein Spektralmosaik hat weder Gelände noch Wolken: Lassen Sie das reale Gelände und die Wolken weg oder fordern Sie statt des Mosaiks eine Landschaftsszene an.</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="192"/>
        <source>The workers of the Dask cluster cannot load Glacier Mapper&apos;s engine ({error}): install it where the workers run: pip install . in the plugin folder.</source>
        <translation>Die Worker des Dask-Clusters können die Engine von Glacier Mapper nicht laden ({error}): Installieren Sie sie dort, wo die Worker laufen: pip install . im Plugin-Ordner.</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="164"/>
        <source>dask.distributed is not installed (in QGIS: Install dependencies with &apos;Also install Dask&apos;; elsewhere: pip install dask distributed): the scenes run one after another in this process.</source>
        <translation>dask.distributed ist nicht installiert (in QGIS: „Abhängigkeiten installieren“ mit „Auch Dask installieren“; sonst: pip install dask distributed): Die Szenen laufen in diesem Prozess nacheinander.</translation>
    </message>
</context>
<context>
    <name>GlacierMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="82"/>
        <source>QGIS&apos;s Python lacks {}: Segment, Outlines and Outline change need them.</source>
        <translation>QGIS' Python fehlt {}: Segmentieren, Umrisse und Umrissänderung brauchen sie.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="85"/>
        <source>Install dependencies</source>
        <translation>Abhängigkeiten installieren</translation>
    </message>
</context>
<context>
    <name>GlacierMapperProvider</name>
    <message>
        <location filename="../algorithms/settings.py" line="74"/>
        <source>Trainer Python (a venv with torch, onnx, numpy)</source>
        <translation>Trainer-Python (eine venv mit torch, onnx, numpy)</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="77"/>
        <source>Folder of your trained models (listed in Segment)</source>
        <translation>Ordner Ihrer trainierten Modelle (in „Segmentieren“ aufgeführt)</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="80"/>
        <source>onnxruntime in QGIS&apos;s Python (detected, read only)</source>
        <translation>onnxruntime in der Python-Umgebung von QGIS (erkannt, schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="29"/>
        <source>not installed: the Segment algorithm needs onnxruntime or onnxruntime-gpu (Glacier Mapper › Set-up › Install dependencies)</source>
        <translation>nicht installiert: der Algorithmus Segmentieren braucht onnxruntime oder onnxruntime-gpu (Glacier Mapper › Einrichtung › Abhängigkeiten installieren)</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="42"/>
        <source>{} (installed but not usable: {})</source>
        <translation>{} (installiert, aber nicht nutzbar: {})</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="45"/>
        <source>{} {}; providers: {}</source>
        <translation>{} {}; Provider: {}</translation>
    </message>
</context>
<context>
    <name>InstallDependenciesAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>Automatic: the GPU build where an NVIDIA driver is present</source>
        <translation>Automatisch: die GPU-Version, wo ein NVIDIA-Treiber vorhanden ist</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>onnxruntime (CPU)</source>
        <translation>onnxruntime (CPU)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>onnxruntime-gpu (NVIDIA CUDA 12)</source>
        <translation>onnxruntime-gpu (NVIDIA CUDA 12)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="81"/>
        <source>Install dependencies</source>
        <translation>Abhängigkeiten installieren</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="95"/>
        <source>onnxruntime build</source>
        <translation>onnxruntime-Version</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="106"/>
        <source>Installing {} and shapely into {}</source>
        <translation>Installiere {} und shapely in {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="114"/>
        <source>Removed {} (the other onnxruntime build)</source>
        <translation>{} entfernt (die andere onnxruntime-Version)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="116"/>
        <source>Installed in {:.1f} s: {}</source>
        <translation>In {:.1f} s installiert: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="119"/>
        <source>Nothing to do: already installed: {}</source>
        <translation>Nichts zu tun: bereits installiert: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="126"/>
        <source>Still not importable in this session: {}. Restart QGIS.</source>
        <translation>In dieser Sitzung noch nicht importierbar: {}. Starten Sie QGIS neu.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="129"/>
        <source>Restart QGIS to use the new versions: {} was already loaded.</source>
        <translation>Starten Sie QGIS neu, um die neuen Versionen zu nutzen: {} war bereits geladen.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="133"/>
        <source>Ready: onnxruntime {} ({}), shapely {}</source>
        <translation>Bereit: onnxruntime {} ({}), shapely {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="84"/>
        <source>Installs onnxruntime (Segment) and shapely 2 (Outlines, Outline change) for QGIS&apos;s own Python, with pip, into the folder glacier_mapper_packages of your QGIS profile: no administrator rights, nothing written to the system&apos;s Python. Versions are pinned to ones that work with the numpy QGIS already has, and numpy itself is never installed. A second run finds them and does nothing.

The GPU build (onnxruntime-gpu) is chosen automatically where an NVIDIA driver is present; it needs CUDA 12 and cuDNN 9 and otherwise runs on the CPU. Cancelling stops pip.

&apos;Also install Dask&apos; adds dask and distributed (about 10 MB), with which &apos;Map scenes&apos; maps several scenes at once in worker processes; without them it maps one scene after another.</source>
        <translation>Installiert onnxruntime (Segmentieren) und shapely 2 (Umrisse, Umrissänderung) für QGIS' eigenes Python mit pip in den Ordner glacier_mapper_packages Ihres QGIS-Profils: keine Administratorrechte, nichts wird in das Python des Systems geschrieben. Die Versionen sind auf solche festgelegt, die mit dem numpy von QGIS funktionieren; numpy selbst wird nie installiert. Ein zweiter Lauf findet sie und tut nichts.

Die GPU-Version (onnxruntime-gpu) wird automatisch gewählt, wo ein NVIDIA-Treiber vorhanden ist; sie braucht CUDA 12 und cuDNN 9 und läuft sonst auf der CPU. Abbrechen stoppt pip.

„Auch Dask installieren“ fügt dask und distributed hinzu (etwa 10 MB), mit denen „Szenen kartieren“ mehrere Szenen gleichzeitig in Worker-Prozessen kartiert; ohne sie kartiert es eine Szene nach der anderen.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="97"/>
        <source>Also install Dask (Map scenes on several worker processes)</source>
        <translation>Auch Dask installieren (Szenen kartieren in mehreren Worker-Prozessen)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="108"/>
        <source>With Dask for Map scenes: {}</source>
        <translation>Mit Dask für „Szenen kartieren“: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="136"/>
        <source>Ready: dask {}</source>
        <translation>Bereit: dask {}</translation>
    </message>
</context>
<context>
    <name>LakeTimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="85"/>
        <source>Lake time series</source>
        <translation>Seen-Zeitreihe</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="38"/>
        <source>Matches the lakes of many dates into stable ids (overlap matching; splits and merges recorded) and fits each lake's growth with a Theil-Sen line (km² and % per year). A lake mostly under cloud or nodata at a date is 'not observed' there, never gone. Give lake outline layers with their dates, or the output folder of 'Map scenes' (its clear-sky masks are used).

Outputs in the folder: lakes.gpkg (lakes, lake_areas, regional_total), lake_areas.csv and report.html.</source>
        <translation>Ordnet die Seen vieler Aufnahmedaten stabilen Kennungen zu (Überlappungsabgleich; Teilungen und Vereinigungen werden festgehalten) und passt das Wachstum jedes Sees mit einer Theil-Sen-Geraden an (km² und % pro Jahr). Ein See, der an einem Datum überwiegend unter Wolken oder Nodata liegt, gilt dort als 'nicht beobachtet', nie als verschwunden. Geben Sie Seeumriss-Layer mit ihren Daten an oder den Ausgabeordner von 'Szenen kartieren' (seine Klarsichtmasken werden genutzt).

Ausgaben im Ordner: lakes.gpkg (lakes, lake_areas, regional_total), lake_areas.csv und report.html.</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="46"/>
        <source>Lake outlines</source>
        <translation>Seeumrisse</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="48"/>
        <source>Dates (YYYY-MM-DD, one per layer)</source>
        <translation>Daten (JJJJ-MM-TT, eines je Layer)</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="50"/>
        <source>Comma-separated, in the order of the layers; empty: from their src_date.</source>
        <translation>Durch Kommas getrennt, in der Reihenfolge der Layer; leer: aus ihrem src_date.</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="52"/>
        <source>Or: output folder of Map scenes</source>
        <translation>Oder: Ausgabeordner von Szenen kartieren</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="54"/>
        <source>Rapid growth (% per year)</source>
        <translation>Schnelles Wachstum (% pro Jahr)</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="54"/>
        <source>Hidden share for &apos;not observed&apos;</source>
        <translation>Verdeckter Anteil für 'nicht beobachtet'</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="62"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="63"/>
        <source>Lakes</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="64"/>
        <source>Rapidly growing lakes</source>
        <translation>Schnell wachsende Seen</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="70"/>
        <source>Give lake outline layers of at least two dates, or a Map scenes folder.</source>
        <translation>Geben Sie Seeumriss-Layer von mindestens zwei Daten an oder einen Ordner von Szenen kartieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="83"/>
        <source>{} lakes over {} dates; {} growing rapidly. Report: {}</source>
        <translation>{} Seen über {} Daten; {} wachsen schnell. Bericht: {}</translation>
    </message>
</context>
<context>
    <name>MapScenesAlgorithm</name>
    <message>
        <location filename="../algorithms/map_scenes.py" line="21"/>
        <source>NDSI threshold</source>
        <translation>NDSI-Schwellenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="21"/>
        <source>NDWI threshold</source>
        <translation>NDWI-Schwellenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="21"/>
        <source>U-Net (bundled model)</source>
        <translation>U-Net (mitgeliefertes Modell)</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="43"/>
        <source>Map scenes (many scenes on Dask)</source>
        <translation>Szenen kartieren (viele Szenen mit Dask)</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="46"/>
        <source>Maps every scene into its own folder of the output folder: glacier and lake masks, a clear-sky mask (valid.tif: 1 observed, 0 cloud or nodata) and glacier and lake outlines. Scenes run in parallel on a local Dask cluster of the given number of worker processes (one thread each); without dask, one after another.

Each scene folder appears only when complete (with done.json), so a second run skips the finished scenes and a cancelled run keeps them. The folder is the input of &apos;Lake time series&apos;.</source>
        <translation>Kartiert jede Szene in einen eigenen Ordner des Ausgabeordners: Gletscher- und Seemasken, eine Klarsichtmaske (valid.tif: 1 beobachtet, 0 Wolke oder Nodata) sowie Gletscher- und Seeumrisse. Die Szenen laufen parallel auf einem lokalen Dask-Cluster mit der angegebenen Zahl von Worker-Prozessen (je ein Thread); ohne dask nacheinander.

Ein Szenenordner erscheint erst, wenn er vollständig ist (mit done.json): ein zweiter Lauf überspringt fertige Szenen, ein abgebrochener Lauf behält sie. Der Ordner ist die Eingabe von 'Seen-Zeitreihe'.</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="55"/>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="57"/>
        <source>Glacier method</source>
        <translation>Gletschermethode</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="60"/>
        <source>Lake method</source>
        <translation>Seemethode</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="63"/>
        <source>DEM (metres)</source>
        <translation>DGM (Meter)</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="64"/>
        <source>Worker processes</source>
        <translation>Worker-Prozesse</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="67"/>
        <source>1 maps the scenes one after another inside QGIS.</source>
        <translation>1 kartiert die Szenen nacheinander innerhalb von QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="70"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="71"/>
        <source>Scenes mapped or already done</source>
        <translation>Kartierte oder bereits fertige Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="72"/>
        <source>Scenes failed</source>
        <translation>Fehlgeschlagene Szenen</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="86"/>
        <source>Dask dashboard: {}</source>
        <translation>Dask-Dashboard: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="94"/>
        <source>{} failed: {}</source>
        <translation>{} fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="96"/>
        <source>{}: {} glaciers, {} lakes</source>
        <translation>{}: {} Gletscher, {} Seen</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="104"/>
        <source>{} glaciers</source>
        <translation>{} Gletscher</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="106"/>
        <source>{} lakes</source>
        <translation>{} Seen</translation>
    </message>
</context>
<context>
    <name>NdsiGlacierMaskAlgorithm</name>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="49"/>
        <source>Glacier mask (NDSI threshold)</source>
        <translation>Gletschermaske (NDSI-Schwellenwert)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="71"/>
        <source>Multispectral raster</source>
        <translation>Multispektralraster</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="73"/>
        <source>NDSI threshold</source>
        <translation>NDSI-Schwellenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="75"/>
        <source>Pixels with NDSI above this value are glacier; between -1 and 1.</source>
        <translation>Pixel mit einem NDSI über diesem Wert sind Gletscher; zwischen -1 und 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="77"/>
        <source>Automatic threshold (Otsu)</source>
        <translation>Automatischer Schwellenwert (Otsu)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="79"/>
        <source>Ignore the threshold above and choose it with Otsu&apos;s method on the NDSI histogram.</source>
        <translation>Den obigen Schwellenwert ignorieren und ihn mit dem Otsu-Verfahren aus dem NDSI-Histogramm bestimmen.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="81"/>
        <source>Exclude water</source>
        <translation>Wasser ausschließen</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>By NDWI (green vs NIR)</source>
        <translation>Über NDWI (Grün gegen NIR)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>By low NIR reflectance</source>
        <translation>Über geringe NIR-Reflektanz</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>NDWI above which a pixel is water</source>
        <translation>NDWI, oberhalb dessen ein Pixel Wasser ist</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>Used when water is excluded by NDWI. Clean ice can reach NDWI 0.3-0.4, so lower values remove ice too.</source>
        <translation>Wird verwendet, wenn Wasser über den NDWI ausgeschlossen wird. Sauberes Eis kann einen NDWI von 0.3-0.4 erreichen, daher entfernen niedrigere Werte auch Eis.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>NIR reflectance below which a pixel is water</source>
        <translation>NIR-Reflektanz, unterhalb derer ein Pixel Wasser ist</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="108"/>
        <source>Minimum green reflectance (shadow/dark pixels)</source>
        <translation>Minimale Grün-Reflektanz (Schatten/dunkle Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="110"/>
        <source>Optional: pixels darker than this in green are not glacier (deep shadow, dark surfaces with a noisy NDSI). Empty: no test.</source>
        <translation>Optional: Pixel, die im Grün dunkler sind, sind kein Gletscher (tiefer Schatten, dunkle Oberflächen mit verrauschtem NDSI). Leer: kein Test.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="114"/>
        <source>3x3 median filter</source>
        <translation>3x3-Medianfilter</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="115"/>
        <source>Smooths salt-and-pepper noise of the mask.</source>
        <translation>Glättet Salz-und-Pfeffer-Rauschen der Maske.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="117"/>
        <source>Remove patches smaller than (pixels)</source>
        <translation>Flecken entfernen, kleiner als (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="119"/>
        <source>Glacier patches with fewer connected pixels are removed (0: keep all).</source>
        <translation>Gletscherflecken mit weniger zusammenhängenden Pixeln werden entfernt (0: alle behalten).</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="121"/>
        <source>Glacier mask</source>
        <translation>Gletschermaske</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="122"/>
        <source>NDSI</source>
        <translation>NDSI</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="125"/>
        <source>Threshold used</source>
        <translation>Verwendeter Schwellenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="126"/>
        <source>Glacier pixels</source>
        <translation>Gletscherpixel</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="161"/>
        <source>NDSI threshold used: {:.4f} ({})</source>
        <translation>Verwendeter NDSI-Schwellenwert: {:.4f} ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="161"/>
        <source>automatic, Otsu</source>
        <translation>automatisch, Otsu</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="161"/>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="163"/>
        <source>Glacier pixels: {} of {} valid ({:.2%}); nodata pixels: {}</source>
        <translation>Gletscherpixel: {} von {} gültigen ({:.2%}); NoData-Pixel: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="167"/>
        <source>Excluded as {}: {} pixels</source>
        <translation>Ausgeschlossen als {}: {} Pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="172"/>
        <source>Glacier mask (NDSI ≥ {})</source>
        <translation>Gletschermaske (NDSI ≥ {})</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>By spectrum: dark in the visible, NIR not above SWIR1 (keeps turbid water out)</source>
        <translation>Nach Spektrum: dunkel im Sichtbaren, NIR nicht über SWIR1 (hält auch trübes Wasser fern)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="52"/>
        <source>Maps glaciers by thresholding the Normalised Difference Snow Index, NDSI = (Green - SWIR1) / (Green + SWIR1), computed from surface reflectance.

Threshold: the founding glacier paper swept NDSI thresholds from 0.0 to 0.7 in steps of 0.1 on Landsat 8 and found its best map at 0.1 on its scene; 0.4 is the common default in the literature. The best value depends on the scene: choose &apos;Automatic&apos; to use Otsu&apos;s method on the histogram of valid NDSI values (bimodal over glaciated terrain); the value chosen is written to the log, the THRESHOLD_USED output and the mask&apos;s metadata. Use the accuracy assessment&apos;s threshold sweep to choose one with evidence.

Known failures of NDSI alone: water bodies have a high NDSI and are mapped as glacier (the default water exclusion, by spectrum, removes clear and turbid water); shadowed ice is partly missed; debris-covered ice is missed: rock debris on the ice has the NDSI of rock, a limitation no NDSI threshold overcomes (map it with a DEM, thermal or the segmentation models); clouds confuse it.

With a DEM and the sun position (from the scene&apos;s metadata or given), glacier pixels in cast shadow or self-shadow are kept but counted (GLACIER_PIXELS_IN_SHADOW): shadowed ice is where NDSI is least reliable.

Output mask: 1 glacier, 0 not glacier, 255 nodata (any band nodata).</source>
        <translation>Kartiert Gletscher durch einen Schwellenwert auf dem Normalisierten Differenz-Schneeindex, NDSI = (Grün - SWIR1) / (Grün + SWIR1), berechnet aus der Oberflächenreflexion.

Schwellenwert: Das grundlegende Gletscherpaper durchlief NDSI-Schwellen von 0,0 bis 0,7 in Schritten von 0,1 auf Landsat 8 und fand seine beste Karte bei 0,1 für seine Szene; 0,4 ist der übliche Standard in der Literatur. Der beste Wert hängt von der Szene ab: Wählen Sie 'Automatisch', um das Otsu-Verfahren auf das Histogramm der gültigen NDSI-Werte anzuwenden (bimodal über vergletschertem Gelände); der gewählte Wert wird in das Protokoll, die Ausgabe THRESHOLD_USED und die Metadaten der Maske geschrieben. Nutzen Sie die Schwellenwert-Reihe der Genauigkeitsbewertung, um einen Wert mit Belegen zu wählen.

Bekannte Schwächen des NDSI allein: Gewässer haben einen hohen NDSI und werden als Gletscher kartiert (der Standard-Wasserausschluss nach Spektrum entfernt klares und trübes Wasser); beschattetes Eis wird teils übersehen; schuttbedecktes Eis wird übersehen: Gesteinsschutt auf dem Eis hat den NDSI von Gestein, eine Grenze, die kein NDSI-Schwellenwert überwindet (kartieren Sie es mit einem DGM, Thermaldaten oder den Segmentierungsmodellen); Wolken stören ihn.

Mit einem DGM und dem Sonnenstand (aus den Metadaten der Szene oder angegeben) werden Gletscherpixel im Schlag- oder Eigenschatten behalten, aber gezählt (GLACIER_PIXELS_IN_SHADOW): In beschattetem Eis ist der NDSI am wenigsten verlässlich.

Ausgabemaske: 1 Gletscher, 0 kein Gletscher, 255 NoData (NoData in einem Band).</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="85"/>
        <source>NDSI alone marks lakes as glacier. By spectrum (default): water is neither bright in blue and green (above 0.18) nor much brighter in the NIR than in SWIR1, as snow and ice are; this also removes turbid, glacial-flour water. By NDWI or by low NIR: the older tests, which keep turbid water (NIR 0.07 and more) as glacier.</source>
        <translation>NDSI allein markiert Seen als Gletscher. Nach Spektrum (Standard): Wasser ist weder hell in Blau und Grün (über 0,18) noch im NIR viel heller als in SWIR1, wie Schnee und Eis es sind; so wird auch trübes Wasser mit Gletschermehl entfernt. Nach NDWI oder niedrigem NIR: die älteren Tests, die trübes Wasser (NIR 0,07 und mehr) als Gletscher belassen.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>Used when water is excluded by NIR reflectance: water absorbs the near infrared, snow and ice reflect it; turbid water reflects it too.</source>
        <translation>Verwendet, wenn Wasser über die NIR-Reflexion ausgeschlossen wird: Wasser absorbiert das nahe Infrarot, Schnee und Eis reflektieren es; trübes Wasser reflektiert es ebenfalls.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="127"/>
        <source>Glacier pixels in DEM shadow (with a DEM)</source>
        <translation>Gletscherpixel im DGM-Schatten (mit DGM)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="170"/>
        <source>Glacier pixels in DEM cast or self-shadow (kept, NDSI less reliable): {}</source>
        <translation>Gletscherpixel im DGM-Schlag- oder Eigenschatten (behalten, NDSI weniger verlässlich): {}</translation>
    </message>
</context>
<context>
    <name>NdwiLakeMaskAlgorithm</name>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="42"/>
        <source>Lake mask (NDWI / MNDWI threshold)</source>
        <translation>Seemaske (NDWI-/MNDWI-Schwellenwert)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="61"/>
        <source>Multispectral raster</source>
        <translation>Multispektralraster</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="62"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="64"/>
        <source>NDWI uses green and NIR; MNDWI uses green and SWIR1 and suppresses built-up and rock better, but snow has a high MNDWI too.</source>
        <translation>Der NDWI nutzt Grün und NIR; der MNDWI nutzt Grün und SWIR1 und unterdrückt Bebauung und Fels besser, doch auch Schnee hat einen hohen MNDWI.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="68"/>
        <source>Index threshold</source>
        <translation>Index-Schwellenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="71"/>
        <source>Pixels with the index above this value are water; between -1 and 1.</source>
        <translation>Pixel mit einem Index über diesem Wert sind Wasser; zwischen -1 und 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="73"/>
        <source>Automatic threshold (Otsu)</source>
        <translation>Automatischer Schwellenwert (Otsu)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="75"/>
        <source>Exclude snow and ice</source>
        <translation>Schnee und Eis ausschließen</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="79"/>
        <source>Exclude shadows</source>
        <translation>Schatten ausschließen</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="80"/>
        <source>Cast shadows are dark like water; exclude dark pixels whose spectrum is not water-like, and the pixels of the shadow mask below if given.</source>
        <translation>Schlagschatten sind dunkel wie Wasser; dunkle Pixel mit nicht wasserähnlichem Spektrum ausschließen, dazu die Pixel der unten angegebenen Schattenmaske, falls vorhanden.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="83"/>
        <source>Shadow mask</source>
        <translation>Schattenmaske</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="84"/>
        <source>Optional raster on the same grid, for example cast shadows from a DEM and the sun position.</source>
        <translation>Optionales Raster auf demselben Gitter, zum Beispiel Schlagschatten aus einem DGM und dem Sonnenstand.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="87"/>
        <source>Value of shadow pixels in the shadow mask</source>
        <translation>Wert der Schattenpixel in der Schattenmaske</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="90"/>
        <source>1 in most masks; some tools write 0 for shadow and 1 for sunlit.</source>
        <translation>In den meisten Masken 1; manche Werkzeuge schreiben 0 für Schatten und 1 für besonnt.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="93"/>
        <source>Minimum lake area (m²)</source>
        <translation>Mindestfläche eines Sees (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="95"/>
        <source>Water patches smaller than this are removed. Glacial lake inventories often use 0.0081 km² (9 Landsat pixels).</source>
        <translation>Wasserflecken, die kleiner sind, werden entfernt. Gletscherseeinventare verwenden oft 0.0081 km² (9 Landsat-Pixel).</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="98"/>
        <source>Lake mask</source>
        <translation>Seemaske</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="99"/>
        <source>Water index</source>
        <translation>Wasserindex</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="101"/>
        <source>Threshold used</source>
        <translation>Verwendeter Schwellenwert</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="102"/>
        <source>Water pixels</source>
        <translation>Wasserpixel</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="140"/>
        <source>{} threshold used: {:.4f} ({}); minimum lake size {} pixels</source>
        <translation>Verwendeter {}-Schwellenwert: {:.4f} ({}); Mindestgröße eines Sees {} Pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="140"/>
        <source>automatic, Otsu</source>
        <translation>automatisch, Otsu</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="140"/>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="143"/>
        <source>Water pixels: {} of {} valid; nodata pixels: {}</source>
        <translation>Wasserpixel: {} von {} gültigen; NoData-Pixel: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="146"/>
        <source>Excluded as {}: {} pixels</source>
        <translation>Ausgeschlossen als {}: {} Pixel</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="147"/>
        <source>Lake mask ({} ≥ {})</source>
        <translation>Seemaske ({} ≥ {})</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="45"/>
        <source>Maps open water and glacial lakes by thresholding NDWI (McFeeters: (Green - NIR) / (Green + NIR)) or MNDWI ((Green - SWIR1) / (Green + SWIR1)), the traditional baseline that the attention U-Net of the founding lake paper improves on.

Threshold: fixed, or automatic by Otsu&apos;s method on the index histogram (reported in the log and outputs). The default, MNDWI 0.2, keeps turbid glacial-flour water, which NDWI thresholds of 0.3 lose. Snow and ice also have high NDWI/MNDWI, and dark shadowed slopes are confused with water: both are excluded by default (pixels bright in blue and green, or much brighter in the NIR than in SWIR1, are snow or ice; turbid water is neither; pixels darker than any water in green are shadow), and an optional shadow mask raster can be given. With a DEM (any grid; resampled onto the scene&apos;s), water-like pixels on slopes steeper than the maximum lake slope, and in cast shadow or self-shadow for the sun position of the scene&apos;s metadata (or the one given), are not lakes. Lakes smaller than the minimum area are removed.

Output mask: 1 water, 0 not water, 255 nodata.</source>
        <translation>Kartiert offenes Wasser und Gletscherseen durch einen Schwellenwert auf NDWI (McFeeters: (Grün - NIR) / (Grün + NIR)) oder MNDWI ((Grün - SWIR1) / (Grün + SWIR1)), die klassische Vergleichsmethode, die das Attention-U-Net des grundlegenden Seenpapers verbessert.

Schwellenwert: fest oder automatisch nach dem Otsu-Verfahren auf dem Indexhistogramm (im Protokoll und in den Ausgaben angegeben). Der Standard, MNDWI 0,2, behält trübes Wasser mit Gletschermehl, das NDWI-Schwellen von 0,3 verlieren. Auch Schnee und Eis haben hohe NDWI/MNDWI, und dunkle beschattete Hänge werden mit Wasser verwechselt: Beides wird standardmäßig ausgeschlossen (Pixel, die in Blau und Grün hell oder im NIR viel heller als in SWIR1 sind, sind Schnee oder Eis; trübes Wasser ist keines von beiden; Pixel, die im Grün dunkler als jedes Wasser sind, sind Schatten), und eine optionale Schattenmaske kann angegeben werden. Mit einem DGM (beliebiges Raster; auf das der Szene umgerechnet) sind wasserähnliche Pixel an Hängen steiler als die maximale Seeneigung sowie im Schlag- oder Eigenschatten für den Sonnenstand aus den Metadaten der Szene (oder den angegebenen) keine Seen. Seen unter der Mindestfläche werden entfernt.

Ausgabemaske: 1 Wasser, 0 kein Wasser, 255 NoData.</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="76"/>
        <source>Snow and ice are bright in blue and green and reflect far more NIR than SWIR1; water, even turbid with glacial flour, is neither.</source>
        <translation>Schnee und Eis sind hell in Blau und Grün und reflektieren weit mehr NIR als SWIR1; Wasser, selbst trüb von Gletschermehl, ist keines von beiden.</translation>
    </message>
</context>
<context>
    <name>NewLabelLayerAlgorithm</name>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="87"/>
        <source>New label layer</source>
        <translation>Neuer Label-Layer</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="90"/>
        <source>Creates an editable GeoPackage polygon layer to digitize training labels or corrections in: a &apos;class&apos; field with a drop-down of the classes (0 background, 1 glacier or lake), &apos;note&apos;, &apos;source&apos; and &apos;created&apos;. The style and the drop-down are stored in the GeoPackage, so they come back whenever the layer is opened.

Start empty, or seed it with outlines the plugin produced (for example from &apos;Outlines&apos; of a model&apos;s mask), then edit the mistakes and feed the layer to &apos;Export training chips&apos; as labels or corrections.</source>
        <translation>Erstellt einen bearbeitbaren GeoPackage-Polygonlayer, in dem Trainingslabels oder Korrekturen digitalisiert werden: ein Feld „class“ mit einer Auswahlliste der Klassen (0 Hintergrund, 1 Gletscher oder See), dazu „note“, „source“ und „created“. Stil und Auswahlliste werden im GeoPackage gespeichert und sind daher bei jedem Öffnen des Layers wieder da.

Beginnen Sie leer oder mit Umrissen, die das Plugin erzeugt hat (zum Beispiel aus „Umrisse“ der Maske eines Modells), korrigieren Sie dann die Fehler und übergeben Sie den Layer als Labels oder Korrekturen an „Trainings-Chips exportieren“.</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="99"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="26"/>
        <source>Glacier</source>
        <translation>Gletscher</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="26"/>
        <source>Glacial lake</source>
        <translation>Gletschersee</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="102"/>
        <source>Seed outlines (optional)</source>
        <translation>Ausgangsumrisse (optional)</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="104"/>
        <source>Seed class field (class name or number)</source>
        <translation>Klassenfeld der Ausgangsumrisse (Klassenname oder -nummer)</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="107"/>
        <source>CRS (default: the seed outlines&apos; CRS)</source>
        <translation>KBS (Standard: KBS der Ausgangsumrisse)</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="108"/>
        <source>Use the CRS of the imagery you will label.</source>
        <translation>Verwenden Sie das KBS der Bilder, die Sie labeln werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="110"/>
        <source>Layer name</source>
        <translation>Layername</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="111"/>
        <source>Label layer</source>
        <translation>Label-Layer</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="113"/>
        <source>Polygons</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="119"/>
        <source>Give the CRS of the imagery you will label, or seed outlines to take it from.</source>
        <translation>Geben Sie das KBS der zu labelnden Bilder an oder Ausgangsumrisse, aus denen es übernommen wird.</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="122"/>
        <source>The label layer must be a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>Der Label-Layer muss ein GeoPackage sein: Geben Sie einen Dateinamen mit der Endung .gpkg an.</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="133"/>
        <source>Label layer {} with {} polygon(s)</source>
        <translation>Label-Layer {} mit {} Polygon(en)</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="65"/>
        <source>Style not applied: {}</source>
        <translation>Stil nicht angewendet: {}</translation>
    </message>
</context>
<context>
    <name>OutlineChangeAlgorithm</name>
    <message>
        <location filename="../algorithms/outline_change.py" line="41"/>
        <source>Outline change between two dates</source>
        <translation>Umrissänderung zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="44"/>
        <source>Compares glacier or lake outlines of an earlier date (A) and a later date (B): the question behind glacier retreat and glacial-lake growth monitoring.

Objects are matched by overlap (each object with the one it shares most area with; splits and merges are grouped). For each group: area at both dates, change in km² and %, and the rate per year; status retreated, advanced, stable (within the stable tolerance), new or vanished. Dates come from the layers' src_date fields (RGI: BgnDate) or the parameters. Layer B is reprojected to A's CRS; areas are in km² whatever the CRS.

A summary (total area at each date, change, rate) is written to the log, to the outputs and, as a table, beside the change layer (in the same GeoPackage, or a CSV for other formats).</source>
        <translation>Vergleicht Gletscher- oder Seeumrisse eines früheren (A) und eines späteren Zeitpunkts (B): die Frage hinter der Beobachtung von Gletscherrückgang und Gletscherseewachstum.

Objekte werden über ihre Überlappung zugeordnet (jedes Objekt dem, mit dem es die größte Fläche teilt; Teilungen und Zusammenschlüsse werden gruppiert). Für jede Gruppe: Fläche zu beiden Zeitpunkten, Änderung in km² und %, und die Rate pro Jahr; Status retreated (zurückgegangen), advanced (vorgestoßen), stable (stabil, innerhalb der Stabilitätstoleranz), new (neu) oder vanished (verschwunden). Die Daten stammen aus den src_date-Feldern der Layer (RGI: BgnDate) oder aus den Parametern. Layer B wird in das KBS von A umprojiziert; Flächen sind unabhängig vom KBS in km².

Eine Zusammenfassung (Gesamtfläche zu jedem Zeitpunkt, Änderung, Rate) wird ins Protokoll und in die Ausgaben geschrieben sowie als Tabelle neben dem Änderungslayer abgelegt (im selben GeoPackage, bei anderen Formaten als CSV).</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="56"/>
        <source>Outlines, date A (earlier)</source>
        <translation>Umrisse, Zeitpunkt A (früher)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="56"/>
        <source>Outlines, date B (later)</source>
        <translation>Umrisse, Zeitpunkt B (später)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="61"/>
        <source>Date A (YYYY-MM-DD, empty: from the layer)</source>
        <translation>Datum A (JJJJ-MM-TT, leer: aus dem Layer)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="61"/>
        <source>Date B (YYYY-MM-DD, empty: from the layer)</source>
        <translation>Datum B (JJJJ-MM-TT, leer: aus dem Layer)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="67"/>
        <source>Stable if the change is within (%)</source>
        <translation>Stabil, wenn die Änderung innerhalb von (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="70"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Total area at date A (km²)</source>
        <translation>Gesamtfläche zum Zeitpunkt A (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Total area at date B (km²)</source>
        <translation>Gesamtfläche zum Zeitpunkt B (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Area change (km²)</source>
        <translation>Flächenänderung (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Area change (%)</source>
        <translation>Flächenänderung (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Rate (km² per year)</source>
        <translation>Rate (km² pro Jahr)</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="105"/>
        <source>Date A {}: {} object(s), {:.4f} km²</source>
        <translation>Zeitpunkt A {}: {} Objekt(e), {:.4f} km²</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="107"/>
        <source>Date B {}: {} object(s), {:.4f} km²</source>
        <translation>Zeitpunkt B {}: {} Objekt(e), {:.4f} km²</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="109"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="110"/>
        <source>Change: {:+.4f} km² ({}), {} per year over {} years</source>
        <translation>Änderung: {:+.4f} km² ({}), {} pro Jahr über {} Jahre</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="114"/>
        <source>Objects: {}</source>
        <translation>Objekte: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="115"/>
        <source>Outline change</source>
        <translation>Umrissänderung</translation>
    </message>
</context>
<context>
    <name>OutlinesAlgorithm</name>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>glacier</source>
        <translation>Gletscher</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>lake</source>
        <translation>See</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="55"/>
        <source>Outlines (mask to inventory polygons)</source>
        <translation>Umrisse (Maske zu Inventarpolygonen)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="76"/>
        <source>Mask raster</source>
        <translation>Maskenraster</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="77"/>
        <source>Class value to outline</source>
        <translation>Klassenwert für die Umrisse</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="79"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>Glacier</source>
        <translation>Gletscher</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>Lake</source>
        <translation>See</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="82"/>
        <source>Probability raster</source>
        <translation>Wahrscheinlichkeitsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="84"/>
        <source>DEM (metres)</source>
        <translation>DGM (Meter)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="85"/>
        <source>Any grid and CRS: it is resampled onto the mask&apos;s grid.</source>
        <translation>Beliebiges Gitter und KBS: Es wird auf das Gitter der Maske umgetastet.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Minimum area (m²)</source>
        <translation>Mindestfläche (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Polygons smaller than this are removed (RGI: 0.01 km²).</source>
        <translation>Kleinere Polygone werden entfernt (RGI: 0.01 km²).</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Fill holes smaller than (m²)</source>
        <translation>Löcher füllen, kleiner als (m²)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Smaller holes are noise and are filled; larger rock outcrops stay as holes.</source>
        <translation>Kleinere Löcher sind Rauschen und werden gefüllt; größere Felsdurchragungen bleiben Löcher.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Simplification tolerance (m)</source>
        <translation>Vereinfachungstoleranz (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Pixel steps are cut first, then Douglas-Peucker with topology kept; 0 keeps the pixel edges. Each polygon keeps its area within 5 % of its pixel area: small ones (single pixels) keep their pixel outline, and none is dropped.</source>
        <translation>Zuerst werden die Pixelstufen abgeschnitten, dann folgt Douglas-Peucker unter Erhalt der Topologie; 0 behält die Pixelkanten. Jedes Polygon behält seine Fläche bis auf 5 % seiner Pixelfläche: Kleine (einzelne Pixel) behalten ihren Pixelumriss, und keines wird entfernt.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="118"/>
        <source>Smooth outlines</source>
        <translation>Umrisse glätten</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="119"/>
        <source>Pixel connectivity</source>
        <translation>Pixel-Nachbarschaft</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>4 (edges)</source>
        <translation>4 (Kanten)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>8 (edges and corners)</source>
        <translation>8 (Kanten und Ecken)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="122"/>
        <source>4 keeps bodies that touch only at a corner apart, as inventories do.</source>
        <translation>4 hält Körper, die sich nur an einer Ecke berühren, getrennt, wie es Inventare tun.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="125"/>
        <source>Acquisition date (YYYY-MM-DD)</source>
        <translation>Aufnahmedatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="126"/>
        <source>Empty: read from the raster&apos;s metadata or product name.</source>
        <translation>Leer: aus den Metadaten oder dem Produktnamen des Rasters gelesen.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="128"/>
        <source>Outlines</source>
        <translation>Umrisse</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="130"/>
        <source>Polygons</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="131"/>
        <source>Total area (km²)</source>
        <translation>Gesamtfläche (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="159"/>
        <source>{} {} outline(s), {:.4f} km² in all; acquisition date {}; areas {}</source>
        <translation>{} {}-Umriss(e), insgesamt {:.4f} km²; Aufnahmedatum {}; Flächen {}</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="159"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="162"/>
        <source>{} outlines</source>
        <translation>{}-Umrisse</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="58"/>
        <source>Turns a glacier or lake mask (from 'Glacier mask', 'Lake mask' or 'Segment') into clean polygons with the attributes of a glacier inventory (after RGI 7).

Pixels of the class value are polygonized with GDAL; polygons smaller than the minimum area are removed; holes smaller than the hole area are filled (rock outcrops larger than that stay as holes); outlines are simplified with a tolerance in metres keeping topology, optionally smoothed, and repaired where invalid. Areas and distances are in m² and metres whatever the CRS: geographic rasters are measured on the ellipsoid.

Attributes: area_km2, perim_km, cenlon, cenlat (a point inside the polygon, WGS 84), src_date (from the raster's metadata or the parameter), class; with a DEM zmin_m, zmax_m, zmed_m, zmean_m, slope_deg, aspect_deg; with a probability raster mean_prob; and the provenance (source raster, threshold or model).

Lakes (class Lake) with glacier outlines: lake_type (supraglacial: more than half on a glacier; proglacial: within the proglacial distance of one; unconnected) and glac_dist_m, the distance to the nearest glacier in metres; with a DEM their elevation as above. Area change between two dates: outline the lakes of each date, then run Outline change on the two layers.</source>
        <translation>Wandelt eine Gletscher- oder Seenmaske (aus 'Gletschermaske', 'Seenmaske' oder 'Segmentieren') in saubere Polygone mit den Attributen eines Gletscherinventars (nach RGI 7) um.

Pixel des Klassenwerts werden mit GDAL polygonisiert; Polygone unter der Mindestfläche werden entfernt; Löcher unter der Lochfläche werden gefüllt (größere Felsinseln bleiben Löcher); Umrisse werden mit einer Toleranz in Metern topologieerhaltend vereinfacht, optional geglättet und wo ungültig repariert. Flächen und Entfernungen sind in m² und Metern, was immer das KBS ist: geografische Raster werden auf dem Ellipsoid gemessen.

Attribute: area_km2, perim_km, cenlon, cenlat (ein Punkt im Polygon, WGS 84), src_date (aus den Metadaten des Rasters oder dem Parameter), class; mit einem DGM zmin_m, zmax_m, zmed_m, zmean_m, slope_deg, aspect_deg; mit einem Wahrscheinlichkeitsraster mean_prob; und die Herkunft (Quellraster, Schwellenwert oder Modell).

Seen (Klasse See) mit Gletscherumrissen: lake_type (supraglazial: mehr als zur Hälfte auf einem Gletscher; proglazial: innerhalb der proglazialen Entfernung zu einem; unverbunden) und glac_dist_m, die Entfernung zum nächsten Gletscher in Metern; mit einem DGM ihre Höhe wie oben. Flächenänderung zwischen zwei Zeitpunkten: Umreißen Sie die Seen jedes Zeitpunkts und führen Sie dann 'Umrissänderung' auf den beiden Layern aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="87"/>
        <source>Glacier outlines (for lakes)</source>
        <translation>Gletscherumrisse (für Seen)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="89"/>
        <source>When outlining lakes: glacier outlines (e.g. from this algorithm on a glacier mask) give each lake its type (supraglacial: mostly on a glacier; proglacial: within the distance below; unconnected) and its distance to the nearest glacier, glac_dist_m.</source>
        <translation>Beim Umreißen von Seen: Gletscherumrisse (z. B. von diesem Algorithmus auf einer Gletschermaske) geben jedem See seinen Typ (supraglazial: überwiegend auf einem Gletscher; proglazial: innerhalb der Entfernung unten; unverbunden) und seine Entfernung zum nächsten Gletscher, glac_dist_m.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="94"/>
        <source>Proglacial distance (m)</source>
        <translation>Proglaziale Entfernung (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="97"/>
        <source>Lakes within this distance of a glacier are proglacial.</source>
        <translation>Seen innerhalb dieser Entfernung zu einem Gletscher sind proglazial.</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="149"/>
        <source>Glacier outlines are used only when outlining lakes: ignored.</source>
        <translation>Gletscherumrisse werden nur beim Umreißen von Seen verwendet: ignoriert.</translation>
    </message>
</context>
<context>
    <name>PrepareSceneAlgorithm</name>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Bilinear</source>
        <translation>Bilinear</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cubic</source>
        <translation>Kubisch</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Nearest neighbour</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>VRT over the product&apos;s files</source>
        <translation>VRT über den Dateien des Produkts</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>GeoTIFF (a copy)</source>
        <translation>GeoTIFF (eine Kopie)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cloud and dilated cloud</source>
        <translation>Wolke und erweiterte Wolke</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cloud shadow</source>
        <translation>Wolkenschatten</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cirrus</source>
        <translation>Zirren</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Saturated or defective</source>
        <translation>Gesättigt oder defekt</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="57"/>
        <source>Prepare scene</source>
        <translation>Szene vorbereiten</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="60"/>
        <source>Opens a product as downloaded and writes one multiband raster that every Glacier Mapper algorithm reads with its defaults: no band numbers or reflectance scaling to set.

Input: a Landsat Collection 2 folder, .tar archive or MTL file (.txt, .json, .xml; Level-2 surface reflectance or Level-1 top-of-atmosphere reflectance), a Sentinel-2 SAFE folder, .zip or MTD_MSIL2A.xml / MTD_MSIL1C.xml, a Sentinel-2 STAC item (.json beside its band files), or a folder of HLS v2.0 band files. Archives are read in place, not extracted. The sensor comes from the product.

Output: the reflective bands in the sensor&apos;s order, each described by band name and role (&quot;B3 green&quot;), with the scale and offset that give reflectance (Landsat C2 L2 x 2.75e-5 - 0.2, HLS x 1e-4, Sentinel-2 x 1e-4 with the offset of processing baseline 04.00 and later, Level-1 from the MTL and the sun elevation), nodata, and the sensor, product id, acquisition time, sun position and masked share as metadata. A VRT lies over the product&apos;s files (the product must stay where it is); a GeoTIFF is a copy. Sentinel-2 bands go onto one grid (20 m by default).

Quality masks: cloud, dilated cloud, cirrus and cloud shadow of Landsat QA_PIXEL (snow and water are never masked), saturated bands of QA_RADSAT (nodata only in the saturated band), HLS Fmask, Sentinel-2 SCL (saturated or defective, cloud shadow, cloud medium and high probability, cirrus) become nodata. The optional QA mask gives the reason per pixel: 1 fill, 2 cloud, 3 cloud shadow, 4 cirrus, 5 saturated or defective.</source>
        <translation>Öffnet ein Produkt, wie es heruntergeladen wurde, und schreibt ein Mehrbandraster, das jeder Glacier-Mapper-Algorithmus mit seinen Voreinstellungen liest: keine Bandnummern oder Reflexionsskalierung einzustellen.

Eingabe: ein Landsat-Collection-2-Ordner, ein .tar-Archiv oder eine MTL-Datei (.txt, .json, .xml; Level-2-Oberflächenreflexion oder Level-1-Reflexion am Oberrand der Atmosphäre), ein Sentinel-2-SAFE-Ordner, eine .zip-Datei oder MTD_MSIL2A.xml / MTD_MSIL1C.xml, ein Sentinel-2-STAC-Item (.json neben seinen Banddateien) oder ein Ordner mit HLS-v2.0-Banddateien. Archive werden an Ort und Stelle gelesen, nicht entpackt. Der Sensor kommt aus dem Produkt.

Ausgabe: die reflektiven Bänder in der Reihenfolge des Sensors, jedes mit Bandname und Rolle beschrieben (&quot;B3 green&quot;), mit Skalierung und Offset zur Reflexion (Landsat C2 L2 x 2.75e-5 - 0.2, HLS x 1e-4, Sentinel-2 x 1e-4 mit dem Offset der Prozessierungsbasis 04.00 und später, Level-1 aus der MTL und der Sonnenhöhe), NoData sowie Sensor, Produkt-ID, Aufnahmezeit, Sonnenstand und maskierter Anteil als Metadaten. Ein VRT liegt über den Dateien des Produkts (das Produkt muss bleiben, wo es ist); ein GeoTIFF ist eine Kopie. Sentinel-2-Bänder kommen auf ein Raster (voreingestellt 20 m).

Qualitätsmasken: Wolke, erweiterte Wolke, Zirren und Wolkenschatten aus Landsat QA_PIXEL (Schnee und Wasser werden nie maskiert), gesättigte Bänder aus QA_RADSAT (NoData nur im gesättigten Band), HLS Fmask, Sentinel-2 SCL (gesättigt oder defekt, Wolkenschatten, Wolke mittlerer und hoher Wahrscheinlichkeit, Zirren) werden NoData. Die optionale QA-Maske gibt den Grund je Pixel: 1 Füllwert, 2 Wolke, 3 Wolkenschatten, 4 Zirren, 5 gesättigt oder defekt.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="80"/>
        <source>Product (folder, archive or metadata file)</source>
        <translation>Produkt (Ordner, Archiv oder Metadatendatei)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="80"/>
        <source>Products (*_MTL.txt *_MTL.json *_MTL.xml MTD_MSIL2A.xml MTD_MSIL1C.xml *.json *.tar *.zip *.tif);;All files (*)</source>
        <translation>Produkte (*_MTL.txt *_MTL.json *_MTL.xml MTD_MSIL2A.xml MTD_MSIL1C.xml *.json *.tar *.zip *.tif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="85"/>
        <source>Quality masks</source>
        <translation>Qualitätsmasken</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="88"/>
        <source>What becomes nodata in the prepared scene, from the product&apos;s quality bands (QA_PIXEL, QA_RADSAT, Fmask, SCL); fill is always nodata. Clear the list to keep every pixel.</source>
        <translation>Was in der vorbereiteten Szene zu NoData wird, aus den Qualitätsbändern des Produkts (QA_PIXEL, QA_RADSAT, Fmask, SCL); Füllwerte sind immer NoData. Leeren Sie die Liste, um jedes Pixel zu behalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="92"/>
        <source>Require surface reflectance (Level-2)</source>
        <translation>Oberflächenreflexion verlangen (Level-2)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="94"/>
        <source>Refuse Landsat Level-1 and Sentinel-2 L1C products (top-of-atmosphere).</source>
        <translation>Landsat-Level-1- und Sentinel-2-L1C-Produkte (Top of Atmosphere) ablehnen.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="96"/>
        <source>Sentinel-2 grid</source>
        <translation>Sentinel-2-Raster</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="98"/>
        <source>The grid Sentinel-2 bands of other resolutions are resampled to.</source>
        <translation>Das Raster, auf das Sentinel-2-Bänder anderer Auflösung umgetastet werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="100"/>
        <source>Resampling (Sentinel-2)</source>
        <translation>Resampling (Sentinel-2)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="102"/>
        <source>How bands of another resolution are resampled; average suits the 10 m bands on the 20 m grid.</source>
        <translation>Wie Bänder anderer Auflösung umgetastet werden; der Mittelwert passt für die 10-m-Bänder auf dem 20-m-Raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="107"/>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="109"/>
        <source>Prepared scene</source>
        <translation>Vorbereitete Szene</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="110"/>
        <source>QA mask (reason per pixel)</source>
        <translation>QA-Maske (Grund je Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="112"/>
        <source>Masked share</source>
        <translation>Maskierter Anteil</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="113"/>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="114"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="135"/>
        <source>QA mask</source>
        <translation>QA-Maske</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="141"/>
        <source>Product: {} ({}, sensor {}), acquired {}; sun azimuth {}, elevation {}</source>
        <translation>Produkt: {} ({}, Sensor {}), aufgenommen {}; Sonnenazimut {}, Sonnenhöhe {}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="144"/>
        <source>Bands: {}</source>
        <translation>Bänder: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="145"/>
        <source>Scaling: {}</source>
        <translation>Skalierung: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="147"/>
        <source>Grid of band {}; other bands resampled by &apos;{}&apos;</source>
        <translation>Raster des Bands {}; andere Bänder umgetastet mit '{}'</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="152"/>
        <source>Quality masks: none applied</source>
        <translation>Qualitätsmasken: keine angewandt</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="154"/>
        <source>Masked: {} of {} pixels with data ({:.2%}); by reason: {}</source>
        <translation>Maskiert: {} von {} Pixeln mit Daten ({:.2%}); nach Grund: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="159"/>
        <source>Saturated in {}: {} pixels (nodata in that band)</source>
        <translation>Gesättigt in {}: {} Pixel (NoData in diesem Band)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>20 m</source>
        <translation>20 m</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>10 m</source>
        <translation>10 m</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>60 m</source>
        <translation>60 m</translation>
    </message>
</context>
<context>
    <name>SegmentAlgorithm</name>
    <message>
        <location filename="../algorithms/segment.py" line="28"/>
        <source>Glacier</source>
        <translation>Gletscher</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="29"/>
        <source>Lake</source>
        <translation>See</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="67"/>
        <source>Segment (U-Net, ONNX)</source>
        <translation>Segmentieren (U-Net, ONNX)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="70"/>
        <source>Runs a segmentation model (Deep U-Net for glaciers, attention U-Net for glacial lakes, or any model with a Glacier Mapper model card) over a whole scene in overlapping tiles.

The bands the model needs are found in the raster from the band descriptions or the sensor preset and converted to reflectance; derived channels such as NDSI are computed; each channel is normalised as the model card says. Tiles overlap and are blended with smooth weights, so there are no seams; tiles at the right and bottom edges are pulled back inside the raster; rasters smaller than a tile are padded by reflection. Nodata in any needed band is nodata in every output, and all-nodata tiles are skipped.

Device: auto tries TensorRT, then CUDA, then the CPU; the provider that ran is written to the log and the outputs&apos; metadata, and when a GPU was asked for but could not be used the log says why.

Outputs: probability (0-1), mask (class values, 255 nodata) and optionally confidence (1 - normalised entropy): low confidence shows where labels are worth correcting.</source>
        <translation>Wendet ein Segmentierungsmodell (Deep U-Net für Gletscher, Attention-U-Net für Gletscherseen oder ein beliebiges Modell mit einer Glacier-Mapper-Modellkarte) in überlappenden Kacheln auf eine ganze Szene an.

Die Bänder, die das Modell braucht, werden im Raster anhand der Bandbeschreibungen oder der Sensorvorgabe gefunden und in Reflektanz umgerechnet; abgeleitete Kanäle wie NDSI werden berechnet; jeder Kanal wird so normalisiert, wie es die Modellkarte angibt. Die Kacheln überlappen und werden mit weichen Gewichten überblendet, sodass keine Nahtstellen entstehen; Kacheln am rechten und unteren Rand werden ins Raster zurückgezogen; Raster, die kleiner als eine Kachel sind, werden durch Spiegelung aufgefüllt. NoData in einem benötigten Band ist NoData in jeder Ausgabe, und Kacheln, die nur NoData enthalten, werden übersprungen.

Gerät: auto versucht TensorRT, dann CUDA, dann die CPU; der tatsächlich verwendete Execution Provider wird ins Protokoll und in die Metadaten der Ausgaben geschrieben, und wenn eine GPU angefordert wurde, aber nicht genutzt werden konnte, nennt das Protokoll den Grund.

Ausgaben: Wahrscheinlichkeit (0-1), Maske (Klassenwerte, 255 NoData) und optional Konfidenz (1 - normierte Entropie): Geringe Konfidenz zeigt, wo sich eine Korrektur der Labels lohnt.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="85"/>
        <source>Multispectral raster</source>
        <translation>Multispektralraster</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="86"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="86"/>
        <source>Model file below</source>
        <translation>Modelldatei unten</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="89"/>
        <source>A bundled model, a model trained with &apos;Train model&apos;, or a model file.</source>
        <translation>Ein mitgeliefertes Modell, ein mit „Modell trainieren“ trainiertes Modell oder eine Modelldatei.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="91"/>
        <source>Model file (.onnx)</source>
        <translation>Modelldatei (.onnx)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="93"/>
        <source>When given, it is used instead of the model chosen above (stable for scripts).</source>
        <translation>Wenn angegeben, wird sie statt des oben gewählten Modells verwendet (stabil für Skripte).</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Tile size (pixels, 0 = model card)</source>
        <translation>Kachelgröße (Pixel, 0 = Modellkarte)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Larger tiles see more context; a U-Net needs a multiple of 2 to the power of its depth.</source>
        <translation>Größere Kacheln sehen mehr Kontext; ein U-Net braucht ein Vielfaches von 2 hoch seiner Tiefe.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Overlap (pixels, -1 = model card)</source>
        <translation>Überlappung (Pixel, -1 = Modellkarte)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Overlapping tiles are blended so objects cut by a tile edge are seen whole.</source>
        <translation>Überlappende Kacheln werden überblendet, sodass Objekte, die von einer Kachelkante geschnitten werden, vollständig gesehen werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Batch size (tiles)</source>
        <translation>Batchgröße (Kacheln)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Tiles run together; larger is faster on a GPU.</source>
        <translation>Gemeinsam verarbeitete Kacheln; größer ist auf einer GPU schneller.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="110"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="112"/>
        <source>auto: TensorRT, then CUDA, then CPU. cuda: CUDA, else the CPU with a warning.</source>
        <translation>auto: TensorRT, dann CUDA, dann CPU. cuda: CUDA, sonst die CPU mit einer Warnung.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="121"/>
        <source>Test-time augmentation (8 flips and rotations)</source>
        <translation>Test-Time-Augmentation (8 Spiegelungen und Drehungen)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="123"/>
        <source>Averages the 8 dihedral transforms of each tile: smoother, 8 times slower.</source>
        <translation>Mittelt die 8 Diedertransformationen jeder Kachel: glatter, aber 8-mal langsamer.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="125"/>
        <source>Threshold (empty = model card)</source>
        <translation>Schwellenwert (leer = Modellkarte)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="128"/>
        <source>Probability above which a pixel is the target (sigmoid models).</source>
        <translation>Wahrscheinlichkeit, oberhalb derer ein Pixel zum Ziel gehört (Sigmoid-Modelle).</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="130"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="131"/>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="205"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="134"/>
        <source>Execution provider used</source>
        <translation>Verwendeter Execution Provider</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="135"/>
        <source>Tiles run</source>
        <translation>Verarbeitete Kacheln</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="136"/>
        <source>All-nodata tiles skipped</source>
        <translation>Übersprungene Kacheln ohne Daten</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="152"/>
        <source>Choose a model, or give a model file (.onnx).</source>
        <translation>Wählen Sie ein Modell oder geben Sie eine Modelldatei (.onnx) an.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="173"/>
        <source>Model: {}</source>
        <translation>Modell: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="174"/>
        <source>onnxruntime: {}</source>
        <translation>onnxruntime: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="187"/>
        <source>Execution provider: {}</source>
        <translation>Execution Provider: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="191"/>
        <source>Tiles: {} run, {} all-nodata skipped, of {} ({} px, overlap {}); {:.1f} s</source>
        <translation>Kacheln: {} verarbeitet, {} ohne Daten übersprungen, von {} ({} px, Überlappung {}); {:.1f} s</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="34"/>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="35"/>
        <source>attention U-Net</source>
        <translation>Attention-U-Net</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="201"/>
        <source>{} probability ({})</source>
        <translation>{}-Wahrscheinlichkeit ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="203"/>
        <source>{} mask ({})</source>
        <translation>{}-Maske ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="32"/>
        <source>fp32 (full precision)</source>
        <translation>fp32 (volle Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="32"/>
        <source>int8 (quantised variant, where the model has one)</source>
        <translation>int8 (quantisierte Variante, wo das Modell eine hat)</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="114"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="116"/>
        <source>int8 runs the model&apos;s quantised variant (&lt;name&gt;.int8.onnx beside it; the bundled models have one): a smaller file whose masks differ from fp32 on a small share of pixels, given in its model card.</source>
        <translation>int8 führt die quantisierte Variante des Modells aus (&lt;name&gt;.int8.onnx daneben; die mitgelieferten Modelle haben eine): eine kleinere Datei, deren Masken sich bei einem kleinen Anteil der Pixel von fp32 unterscheiden, angegeben in ihrer Modellkarte.</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="186"/>
        <source>Precision: {} ({})</source>
        <translation>Genauigkeit: {} ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="189"/>
        <source>CPU: {} network calls at once, {} onnxruntime thread(s) each</source>
        <translation>CPU: {} Netzaufrufe gleichzeitig, je {} onnxruntime-Thread(s)</translation>
    </message>
</context>
<context>
    <name>SetupAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="57"/>
        <source>Package index URL (empty: pip&apos;s own)</source>
        <translation>URL des Paketindex (leer: der von pip)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="59"/>
        <source>A mirror of PyPI, for networks that cannot reach pypi.org (pip --index-url).</source>
        <translation>Ein Spiegel von PyPI, für Netze, die pypi.org nicht erreichen (pip --index-url).</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="63"/>
        <source>QGIS&apos;s Python</source>
        <translation>QGIS' Python</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="64"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="65"/>
        <source>Something was installed</source>
        <translation>Etwas wurde installiert</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="69"/>
        <source>QGIS&apos;s Python: {} ({})</source>
        <translation>QGIS' Python: {} ({})</translation>
    </message>
</context>
<context>
    <name>SetupTrainerAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>CPU (PyTorch&apos;s CPU wheels)</source>
        <translation>CPU (die CPU-Pakete von PyTorch)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA-GPU)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>As the package index serves it (mirrors)</source>
        <translation>Wie der Paketindex es liefert (Spiegel)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="147"/>
        <source>Set up the trainer</source>
        <translation>Trainer einrichten</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="150"/>
        <source>Creates the trainer&apos;s own Python environment (a venv with torch, onnx and numpy 2, from the plugin&apos;s pinned models/trainer/requirements.txt) in the folder glacier_mapper_trainer of your QGIS profile. &apos;Train model&apos; finds it there without any setting. It downloads about 1 GB (torch) and takes minutes; a second run with the same options does nothing. Cancelling stops pip; running it again completes the environment.

Torch build: CPU (the default; from PyTorch&apos;s CPU wheel index), CUDA (NVIDIA GPUs, several GB), or as your package index serves it (behind a mirror, with the package index URL).</source>
        <translation>Erstellt die eigene Python-Umgebung des Trainers (ein venv mit torch, onnx und numpy 2, aus der festgelegten models/trainer/requirements.txt des Plugins) im Ordner glacier_mapper_trainer Ihres QGIS-Profils. 'Modell trainieren' findet sie dort ohne jede Einstellung. Es lädt etwa 1 GB (torch) herunter und dauert Minuten; ein zweiter Lauf mit denselben Optionen tut nichts. Abbrechen stoppt pip; ein neuer Lauf vervollständigt die Umgebung.

Torch-Version: CPU (Standard; aus dem CPU-Paketindex von PyTorch), CUDA (NVIDIA-GPUs, mehrere GB) oder wie Ihr Paketindex es liefert (hinter einem Spiegel, mit der URL des Paketindex).</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="160"/>
        <source>Torch build</source>
        <translation>Torch-Version</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="168"/>
        <source>Trainer environment: {}</source>
        <translation>Trainer-Umgebung: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="173"/>
        <source>Trainer environment ready in {:.0f} s: {}</source>
        <translation>Trainer-Umgebung in {:.0f} s bereit: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="176"/>
        <source>Nothing to do: the trainer environment is already set up: {}</source>
        <translation>Nichts zu tun: die Trainer-Umgebung ist bereits eingerichtet: {}</translation>
    </message>
</context>
<context>
    <name>SpectralIndexAlgorithm</name>
    <message>
        <location filename="../algorithms/spectral_index.py" line="27"/>
        <source>Spectral index (NDSI, NDWI, MNDWI)</source>
        <translation>Spektralindex (NDSI, NDWI, MNDWI)</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="30"/>
        <source>Computes a normalised-difference index from a multispectral raster, block by block.

NDSI = (Green - SWIR1) / (Green + SWIR1) separates snow and ice (bright in green, dark in SWIR) from rock and vegetation; its histogram over glaciated scenes is bimodal.
NDWI (McFeeters) = (Green - NIR) / (Green + NIR) marks open water.
MNDWI = (Green - SWIR1) / (Green + SWIR1) is numerically NDSI, used for water.

Values are converted to surface reflectance first (the offset changes the ratio). Pixels that are nodata in either band, or where the denominator is zero, are nodata (-9999) in the output.</source>
        <translation>Berechnet einen normierten Differenzindex aus einem Multispektralraster, Block für Block.

NDSI = (Green - SWIR1) / (Green + SWIR1) trennt Schnee und Eis (hell im Grün, dunkel im SWIR) von Fels und Vegetation; sein Histogramm ist über vergletscherten Szenen bimodal.
NDWI (McFeeters) = (Green - NIR) / (Green + NIR) kennzeichnet offenes Wasser.
MNDWI = (Green - SWIR1) / (Green + SWIR1) ist rechnerisch der NDSI, verwendet für Wasser.

Die Werte werden zuerst in Oberflächenreflektanz umgerechnet (der Offset ändert das Verhältnis). Pixel, die in einem der beiden Bänder NoData sind oder deren Nenner null ist, sind in der Ausgabe NoData (-9999).</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="40"/>
        <source>Multispectral raster</source>
        <translation>Multispektralraster</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="41"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="43"/>
        <source>NDSI for snow and glaciers, NDWI or MNDWI for water and glacial lakes.</source>
        <translation>NDSI für Schnee und Gletscher, NDWI oder MNDWI für Wasser und Gletscherseen.</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="46"/>
        <source>Index raster</source>
        <translation>Indexraster</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="55"/>
        <source>{}: {} valid pixels, {} nodata; range {:.3f} to {:.3f}, mean {:.3f}</source>
        <translation>{}: {} gültige Pixel, {} NoData; Bereich {:.3f} bis {:.3f}, Mittel {:.3f}</translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/train_model.py" line="71"/>
        <source>Train model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="74"/>
        <source>Trains a segmentation network on a chip folder from &apos;Export training chips&apos; with the bundled PyTorch trainer, which runs as a separate process in its own Python environment (Processing &gt; Options &gt; Providers &gt; Glacier Mapper &gt; Trainer Python).

Networks: the Deep U-Net of the glacier paper (3x3 convolutions with ReLU and batch norm, max pooling, transposed convolutions, skip connections, sigmoid) and the attention U-Net of the lake paper (attention gates on the skip connections). Optimiser: Adam with learning rate 1e-4 (lake paper) or Adadelta (glacier paper); loss: binary cross-entropy as both papers, Dice, or both. Pixels marked 255 in the chips (nodata, outside the area of interest) are left out of the loss.

The weights of the epoch with the best validation IoU are exported to ONNX with a full model card (bands, reflectance scaling, normalisation from the training chips, tile size, threshold, provenance and validation metrics), checked against PyTorch on real chips, and can be run at once with &apos;Segment&apos;. Models saved in the models folder of the settings appear in Segment&apos;s model list. The PyTorch weights (.pt) beside the model allow fine-tuning later. A report (HTML with loss and metric curves, and JSON) is written beside the model.

Cancelling stops the trainer and removes its partial files.</source>
        <translation>Trainiert ein Segmentierungsnetz auf einem Chip-Ordner aus „Trainings-Chips exportieren“ mit dem mitgelieferten PyTorch-Trainer, der als eigener Prozess in seiner eigenen Python-Umgebung läuft (Verarbeitung &gt; Optionen &gt; Anbieter &gt; Glacier Mapper &gt; Trainer Python).

Netze: das Deep U-Net der Gletscher-Arbeit (3x3-Faltungen mit ReLU und Batch-Normalisierung, Max-Pooling, transponierte Faltungen, Skip-Verbindungen, Sigmoid) und das Attention-U-Net der Seen-Arbeit (Attention-Gates auf den Skip-Verbindungen). Optimierer: Adam mit Lernrate 1e-4 (Seen-Arbeit) oder Adadelta (Gletscher-Arbeit); Loss: binäre Kreuzentropie wie in beiden Arbeiten, Dice oder beides. Pixel, die in den Chips mit 255 markiert sind (NoData, außerhalb des Untersuchungsgebiets), werden aus dem Loss herausgenommen.

Die Gewichte der Epoche mit der besten Validierungs-IoU werden mit einer vollständigen Modellkarte (Bänder, Reflektanzskalierung, Normalisierung aus den Trainings-Chips, Kachelgröße, Schwellenwert, Herkunft und Validierungsmaße) nach ONNX exportiert, auf echten Chips gegen PyTorch geprüft und können sofort mit „Segmentieren“ ausgeführt werden. Modelle, die im Modellordner der Einstellungen gespeichert werden, erscheinen in der Modellliste von „Segmentieren“. Die PyTorch-Gewichte (.pt) neben dem Modell ermöglichen späteres Feinabstimmen. Ein Bericht (HTML mit Loss- und Maßkurven sowie JSON) wird neben das Modell geschrieben.

Abbrechen beendet den Trainer und entfernt seine unvollständigen Dateien.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="92"/>
        <source>Chip folder</source>
        <translation>Chip-Ordner</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="94"/>
        <source>A folder written by &apos;Export training chips&apos; (manifest.json and chips/).</source>
        <translation>Ein von „Trainings-Chips exportieren“ geschriebener Ordner (manifest.json und chips/).</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="96"/>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Deep U-Net (glaciers)</source>
        <translation>Deep U-Net (Gletscher)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Attention U-Net (glacial lakes)</source>
        <translation>Attention-U-Net (Gletscherseen)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="99"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="99"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="99"/>
        <source>Stop after epochs without improvement (0 = no)</source>
        <translation>Nach Epochen ohne Verbesserung anhalten (0 = nie)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="106"/>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Adam, lr 1e-4 (lake paper)</source>
        <translation>Adam, Lernrate 1e-4 (Seen-Arbeit)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Adadelta (glacier paper)</source>
        <translation>Adadelta (Gletscher-Arbeit)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="109"/>
        <source>Loss</source>
        <translation>Loss-Funktion</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Binary cross-entropy + Dice</source>
        <translation>Binäre Kreuzentropie + Dice</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="111"/>
        <source>Augment with flips and rotations</source>
        <translation>Mit Spiegelungen und Drehungen augmentieren</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="113"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="115"/>
        <source>Fine-tune from model (.onnx with .pt beside it)</source>
        <translation>Von Modell feinabstimmen (.onnx mit .pt daneben)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="115"/>
        <source>Models (*.onnx *.pt)</source>
        <translation>Modelle (*.onnx *.pt)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="117"/>
        <source>Start from a bundled or earlier model&apos;s weights instead of random ones.</source>
        <translation>Mit den Gewichten eines mitgelieferten oder früheren Modells statt mit zufälligen beginnen.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="120"/>
        <source>Learning rate (empty: the optimiser&apos;s)</source>
        <translation>Lernrate (leer: die des Optimierers)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="122"/>
        <source>Weight of target pixels (rare targets)</source>
        <translation>Gewicht der Zielpixel (seltene Ziele)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="124"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert (Seed)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="126"/>
        <source>Channels of the first level</source>
        <translation>Kanäle der ersten Ebene</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="128"/>
        <source>Depth (poolings)</source>
        <translation>Tiefe (Pooling-Stufen)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="130"/>
        <source>Inference tile size for the model card</source>
        <translation>Kachelgröße für die Inferenz (Modellkarte)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="132"/>
        <source>Default threshold for the model card</source>
        <translation>Standard-Schwellenwert für die Modellkarte</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="135"/>
        <source>Model name (empty: the file name)</source>
        <translation>Modellname (leer: der Dateiname)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="139"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="139"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="142"/>
        <source>Saved in the models folder of the settings, it appears in Segment&apos;s model list.</source>
        <translation>Im Modellordner der Einstellungen gespeichert, erscheint es in der Modellliste von „Segmentieren“.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="146"/>
        <source>Training report</source>
        <translation>Trainingsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="147"/>
        <source>Training report (JSON)</source>
        <translation>Trainingsbericht (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="148"/>
        <source>Best validation IoU</source>
        <translation>Beste Validierungs-IoU</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="167"/>
        <source>&apos;{}&apos; has no PyTorch weights beside it ({}): fine-tuning needs them.</source>
        <translation>Neben „{}“ liegen keine PyTorch-Gewichte ({}): Für das Feinabstimmen werden sie gebraucht.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="175"/>
        <source>The model must be saved as an .onnx file.</source>
        <translation>Das Modell muss als .onnx-Datei gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="200"/>
        <source>Trainer Python: {}</source>
        <translation>Trainer-Python: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="212"/>
        <source>Epoch {}/{}: train loss {:.4f}, validation loss {:.4f}, IoU {:.4f}, F1 {:.4f}, OA {:.4f} ({:.1f} s)</source>
        <translation>Epoche {}/{}: Trainings-Loss {:.4f}, Validierungs-Loss {:.4f}, IoU {:.4f}, F1 {:.4f}, OA {:.4f} ({:.1f} s)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="221"/>
        <source>Training on {}: {}</source>
        <translation>Training auf {}: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="223"/>
        <source>New best validation IoU {:.4f}</source>
        <translation>Neue beste Validierungs-IoU {:.4f}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="225"/>
        <source>Exported {} (torch vs onnxruntime max difference {:.2e})</source>
        <translation>{} exportiert (größte Abweichung torch gegen onnxruntime {:.2e})</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="234"/>
        <source>Model written in {:.0f} s: {}</source>
        <translation>Modell in {:.0f} s geschrieben: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="203"/>
        <source>The chip folder has no validation chips ({} training chips): there is no validation score to choose the best epoch by. Export the chips again with a smaller chip size or stride.</source>
        <translation>Der Chip-Ordner hat keine Validierungs-Chips ({} Trainings-Chips): es gibt keinen Validierungswert, um die beste Epoche zu wählen. Exportieren Sie die Chips erneut mit kleinerer Chipgröße oder Schrittweite.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="236"/>
        <source>Training report: {}</source>
        <translation>Trainingsbericht: {}</translation>
    </message>
</context>
<context>
    <name>WorkflowModel</name>
    <message>
        <location filename="../algorithms/workflows.py" line="39"/>
        <source>Workflows</source>
        <translation>Arbeitsabläufe</translation>
    </message>
    <message>
        <location filename="../algorithms/workflows.py" line="12"/>
        <source>Map glaciers and lakes</source>
        <translation>Gletscher und Seen kartieren</translation>
    </message>
    <message>
        <location filename="../algorithms/workflows.py" line="31"/>
        <source>This workflow runs on QGIS&apos;s main thread, as QGIS 3.22 runs every model: the window does not respond between progress updates while it runs. Cancel stops the step that is running and the steps after it.</source>
        <translation>Dieser Arbeitsablauf läuft im Hauptthread von QGIS, wie QGIS 3.22 jedes Modell ausführt: das Fenster reagiert während des Laufs zwischen Fortschrittsmeldungen nicht. Abbrechen stoppt den laufenden Schritt und die folgenden.</translation>
    </message>
</context>
</TS>
