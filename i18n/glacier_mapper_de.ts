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
        <location filename="../algorithms/base.py" line="75"/>
        <source>Style not applied: {}</source>
        <translation>Stil nicht angewendet: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="141"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="154"/>
        <source>{} band (override)</source>
        <translation>{}-Band (manuell)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="159"/>
        <source>Leave empty to take the band from the descriptions or the sensor preset.</source>
        <translation>Leer lassen, um das Band aus den Beschreibungen oder der Sensorvorgabe zu nehmen.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="163"/>
        <source>Reflectance scaling</source>
        <translation>Reflektanzskalierung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Scale factor (override)</source>
        <translation>Skalierungsfaktor (manuell)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Multiplies the stored values; empty: from the preset.</source>
        <translation>Wird mit den gespeicherten Werten multipliziert; leer: aus der Vorgabe.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Offset (override)</source>
        <translation>Offset (manuell)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Added after scaling; empty: from the preset.</source>
        <translation>Wird nach der Skalierung addiert; leer: aus der Vorgabe.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="184"/>
        <source>Landsat MTL file (for TOA scaling)</source>
        <translation>Landsat-MTL-Datei (für TOA-Skalierung)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="187"/>
        <source>The *_MTL.txt file of a Level-1 scene, read when the scaling is TOA from MTL.</source>
        <translation>Die Datei *_MTL.txt einer Level-1-Szene; sie wird gelesen, wenn die Skalierung TOA aus MTL ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="207"/>
        <source>The input raster must be a file GDAL can read (GeoTIFF, VRT, ...), not a &apos;{}&apos; layer.</source>
        <translation>Das Eingaberaster muss eine Datei sein, die GDAL lesen kann (GeoTIFF, VRT, …), kein „{}“-Layer.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="251"/>
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
        <location filename="../algorithms/base.py" line="197"/>
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
        <location filename="../algorithms/base.py" line="145"/>
        <source>Sensor that acquired the raster. It gives the band positions (Landsat 8/9 OLI: green B3, NIR B5, SWIR1 B6) and the default reflectance scaling. Bands are found from the band descriptions first (B3, B03, SR_B3, green), so a 6-band HLS stack starting at B2 maps right. The default reads the sensor from a prepared scene&apos;s metadata or the band and file names (HLS S30, Sentinel-2), else takes Landsat 8/9 OLI.</source>
        <translation>Sensor, der das Raster aufgenommen hat. Er bestimmt die Bandpositionen (Landsat 8/9 OLI: Grün B3, NIR B5, SWIR1 B6) und die voreingestellte Reflexionsskalierung. Bänder werden zuerst über die Bandbeschreibungen gefunden (B3, B03, SR_B3, green), sodass ein 6-Band-HLS-Stapel ab B2 richtig zugeordnet wird. Die Voreinstellung liest den Sensor aus den Metadaten einer vorbereiteten Szene oder aus Band- und Dateinamen (HLS S30, Sentinel-2), sonst gilt Landsat 8/9 OLI.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="166"/>
        <source>How stored values become surface reflectance. Indices need it because the offset changes the ratio: Landsat C2 L2 is DN x 2.75e-5 - 0.2, HLS and Sentinel-2 are x 1e-4, TOA reads the MTL file. The default takes the bands&apos; scale and offset from the raster (as Prepare scene writes them), else the scaling its file names give (HLS), else the sensor&apos;s usual product; a scaling that leaves many values outside reflectance is reported with the one that fits.</source>
        <translation>Wie gespeicherte Werte zur Oberflächenreflexion werden. Indizes brauchen das, weil der Offset das Verhältnis ändert: Landsat C2 L2 ist DN x 2.75e-5 - 0.2, HLS und Sentinel-2 sind x 1e-4, TOA liest die MTL-Datei. Die Voreinstellung nimmt Skalierung und Offset der Bänder aus dem Raster (wie Szene vorbereiten sie schreibt), sonst die Skalierung, die die Dateinamen nennen (HLS), sonst das übliche Produkt des Sensors; eine Skalierung, die viele Werte außerhalb der Reflexion lässt, wird mit der passenden gemeldet.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="99"/>
        <source>This algorithm needs the Python package(s) {} in QGIS's Python. Run Glacier Mapper › Set-up › Install dependencies (glaciermapper:installdependencies) once, then run this algorithm again.</source>
        <translation>Dieser Algorithmus braucht die Python-Pakete {} in QGIS' Python. Führen Sie einmal Glacier Mapper › Einrichtung › Abhängigkeiten installieren (glaciermapper:installdependencies) aus und starten Sie diesen Algorithmus dann erneut.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="45"/>
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
        <location filename="../algorithms/setup.py" line="27"/>
        <source>Automatic: the GPU build where an NVIDIA driver is present</source>
        <translation>Automatisch: die GPU-Version, wo ein NVIDIA-Treiber vorhanden ist</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>onnxruntime (CPU)</source>
        <translation>onnxruntime (CPU)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>onnxruntime-gpu (NVIDIA CUDA 12)</source>
        <translation>onnxruntime-gpu (NVIDIA CUDA 12)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="72"/>
        <source>Install dependencies</source>
        <translation>Abhängigkeiten installieren</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="75"/>
        <source>Installs onnxruntime (Segment) and shapely 2 (Outlines, Outline change) for QGIS&apos;s own Python, with pip, into the folder glacier_mapper_packages of your QGIS profile: no administrator rights, nothing written to the system&apos;s Python. Versions are pinned to ones that work with the numpy QGIS already has, and numpy itself is never installed. A second run finds them and does nothing.

The GPU build (onnxruntime-gpu) is chosen automatically where an NVIDIA driver is present; it needs CUDA 12 and cuDNN 9 and otherwise runs on the CPU. Cancelling stops pip.</source>
        <translation>Installiert onnxruntime (Segmentieren) und shapely 2 (Umrisse, Umrissänderung) für QGIS' eigenes Python mit pip in den Ordner glacier_mapper_packages Ihres QGIS-Profils: keine Administratorrechte, nichts wird in das Python des Systems geschrieben. Die Versionen sind auf solche festgelegt, die mit dem numpy von QGIS funktionieren; numpy selbst wird nie installiert. Ein zweiter Lauf findet sie und tut nichts.

Die GPU-Version (onnxruntime-gpu) wird automatisch gewählt, wo ein NVIDIA-Treiber vorhanden ist; sie braucht CUDA 12 und cuDNN 9 und läuft sonst auf der CPU. Abbrechen stoppt pip.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="84"/>
        <source>onnxruntime build</source>
        <translation>onnxruntime-Version</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="92"/>
        <source>Installing {} and shapely into {}</source>
        <translation>Installiere {} und shapely in {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="97"/>
        <source>Removed {} (the other onnxruntime build)</source>
        <translation>{} entfernt (die andere onnxruntime-Version)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="99"/>
        <source>Installed in {:.1f} s: {}</source>
        <translation>In {:.1f} s installiert: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="102"/>
        <source>Nothing to do: already installed: {}</source>
        <translation>Nichts zu tun: bereits installiert: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="107"/>
        <source>Still not importable in this session: {}. Restart QGIS.</source>
        <translation>In dieser Sitzung noch nicht importierbar: {}. Starten Sie QGIS neu.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="110"/>
        <source>Restart QGIS to use the new versions: {} was already loaded.</source>
        <translation>Starten Sie QGIS neu, um die neuen Versionen zu nutzen: {} war bereits geladen.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="114"/>
        <source>Ready: onnxruntime {} ({}), shapely {}</source>
        <translation>Bereit: onnxruntime {} ({}), shapely {}</translation>
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
        <location filename="../algorithms/segment.py" line="202"/>
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
        <location filename="../algorithms/segment.py" line="188"/>
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
        <location filename="../algorithms/segment.py" line="198"/>
        <source>{} probability ({})</source>
        <translation>{}-Wahrscheinlichkeit ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="200"/>
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
</context>
<context>
    <name>SetupAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="49"/>
        <source>Package index URL (empty: pip&apos;s own)</source>
        <translation>URL des Paketindex (leer: der von pip)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="51"/>
        <source>A mirror of PyPI, for networks that cannot reach pypi.org (pip --index-url).</source>
        <translation>Ein Spiegel von PyPI, für Netze, die pypi.org nicht erreichen (pip --index-url).</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="55"/>
        <source>QGIS&apos;s Python</source>
        <translation>QGIS' Python</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="56"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="57"/>
        <source>Something was installed</source>
        <translation>Etwas wurde installiert</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="61"/>
        <source>QGIS&apos;s Python: {} ({})</source>
        <translation>QGIS' Python: {} ({})</translation>
    </message>
</context>
<context>
    <name>SetupTrainerAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>CPU (PyTorch&apos;s CPU wheels)</source>
        <translation>CPU (die CPU-Pakete von PyTorch)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA-GPU)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>As the package index serves it (mirrors)</source>
        <translation>Wie der Paketindex es liefert (Spiegel)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="126"/>
        <source>Set up the trainer</source>
        <translation>Trainer einrichten</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="129"/>
        <source>Creates the trainer&apos;s own Python environment (a venv with torch, onnx and numpy 2, from the plugin&apos;s pinned models/trainer/requirements.txt) in the folder glacier_mapper_trainer of your QGIS profile. &apos;Train model&apos; finds it there without any setting. It downloads about 1 GB (torch) and takes minutes; a second run with the same options does nothing. Cancelling stops pip; running it again completes the environment.

Torch build: CPU (the default; from PyTorch&apos;s CPU wheel index), CUDA (NVIDIA GPUs, several GB), or as your package index serves it (behind a mirror, with the package index URL).</source>
        <translation>Erstellt die eigene Python-Umgebung des Trainers (ein venv mit torch, onnx und numpy 2, aus der festgelegten models/trainer/requirements.txt des Plugins) im Ordner glacier_mapper_trainer Ihres QGIS-Profils. 'Modell trainieren' findet sie dort ohne jede Einstellung. Es lädt etwa 1 GB (torch) herunter und dauert Minuten; ein zweiter Lauf mit denselben Optionen tut nichts. Abbrechen stoppt pip; ein neuer Lauf vervollständigt die Umgebung.

Torch-Version: CPU (Standard; aus dem CPU-Paketindex von PyTorch), CUDA (NVIDIA-GPUs, mehrere GB) oder wie Ihr Paketindex es liefert (hinter einem Spiegel, mit der URL des Paketindex).</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="139"/>
        <source>Torch build</source>
        <translation>Torch-Version</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="147"/>
        <source>Trainer environment: {}</source>
        <translation>Trainer-Umgebung: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="152"/>
        <source>Trainer environment ready in {:.0f} s: {}</source>
        <translation>Trainer-Umgebung in {:.0f} s bereit: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="155"/>
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
