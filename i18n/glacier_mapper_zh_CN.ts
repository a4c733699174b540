<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="179"/>
        <source>The output is named {}: written as {}, whatever the format chosen.</source>
        <translation>输出文件名为 {}：按 {} 写出，与所选格式无关。</translation>
    </message>
</context>
<context>
    <name>AssessAccuracyAlgorithm</name>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="140"/>
        <source>No output was asked for: give at least one of the report (OUTPUT_HTML), the metrics CSV (OUTPUT_CSV), the metrics JSON (OUTPUT_JSON) or the metrics table (OUTPUT_TABLE).</source>
        <translation>未指定任何输出：请至少给出报告 (OUTPUT_HTML)、指标 CSV (OUTPUT_CSV)、指标 JSON (OUTPUT_JSON) 或指标表 (OUTPUT_TABLE) 之一。</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="68"/>
        <source>Assess accuracy</source>
        <translation>精度评价</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="71"/>
        <source>Compares a map with a reference, as the founding glacier and lake papers do.

Prediction: a mask (class values, 255 nodata), a probability raster from 'Segment', or an index raster such as NDSI. Reference: a mask raster on the same grid, or polygons in any CRS rasterized onto the prediction's grid (with a class field, polygons whose value equals the target value are the target). Pixels that are nodata in either, or outside the area of interest, are excluded and counted.

Metrics over valid pixels: FA = FP/(TP+FP), MA = FN/(TP+FN), OA, Kappa, precision, recall, F1, IoU, MIoU (mean of target and background IoU) and, for scores, AUC by the rank (Mann-Whitney) formula.

Threshold sweep: for probability and index rasters the metrics at every threshold (default 0.0 to 0.7 by 0.1 for indices, as in Table 4 of the glacier paper; 0.05 to 0.95 for probabilities), in one pass; the best threshold by the chosen criterion is reported. A pixel is the target when score &gt;= threshold.

Area: the mapped area and the error-adjusted area with a 95 % confidence interval (stratified estimator of Olofsson et al. 2014), in km² whatever the CRS.

Outputs: an HTML report with the confusion matrix, ROC curve and metric-versus-threshold plot; the same numbers as a table layer, CSV and JSON for batch runs and models.</source>
        <translation>按照冰川与冰湖两篇奠基论文的做法，将制图结果与参考数据进行比较。

预测结果：掩膜（类别值，255 为无数据）、“分割”输出的概率栅格，或 NDSI 等指数栅格。参考数据：同一格网上的掩膜栅格，或任意坐标参考系（CRS）下的多边形，后者会栅格化到预测结果的格网上（若指定类别字段，则字段值等于目标类别值的多边形为目标）。在任一数据中为无数据、或位于感兴趣区之外的像元将被排除并计数。

基于有效像元计算的指标：FA = FP/(TP+FP)（虚警率），MA = FN/(TP+FN)（漏检率），OA（总体精度）、Kappa、精确率、召回率、F1、IoU、MIoU（目标与背景 IoU 的平均值）；对于连续得分，另按秩（Mann-Whitney）公式计算 AUC。

阈值扫描：对于概率栅格和指数栅格，一次遍历即可得到每个阈值下的指标（指数默认 0.0 至 0.7、步长 0.1，与冰川论文表 4 相同；概率默认 0.05 至 0.95），并报告按所选准则得到的最佳阈值。得分 &gt;= 阈值的像元判为目标。

面积：制图面积，以及带 95 % 置信区间的误差校正面积（Olofsson 等 2014 年的分层估计量），无论坐标参考系如何均以 km² 计。

输出：包含混淆矩阵、ROC 曲线和指标-阈值曲线图的 HTML 报告；同样的数值还以表格图层、CSV 和 JSON 形式输出，便于批处理和图形建模器使用。</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="89"/>
        <source>Prediction (mask, probability or index)</source>
        <translation>预测结果（掩膜、概率或指数）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="91"/>
        <source>Reference mask raster</source>
        <translation>参考掩膜栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="93"/>
        <source>Reference polygons</source>
        <translation>参考多边形</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="95"/>
        <source>Reference class field</source>
        <translation>参考类别字段</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="98"/>
        <source>Area of interest</source>
        <translation>感兴趣区</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="100"/>
        <source>Target class value</source>
        <translation>目标类别值</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="102"/>
        <source>Prediction is</source>
        <translation>预测结果类型</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Mask</source>
        <translation>掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Probability (0-1)</source>
        <translation>概率（0-1）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="31"/>
        <source>Index (-1 to 1)</source>
        <translation>指数（-1 至 1）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="105"/>
        <source>Thresholds (comma separated)</source>
        <translation>阈值（以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="107"/>
        <source>Empty: 0.0 ... 0.7 by 0.1 for indices, 0.05 ... 0.95 by 0.05 for probabilities.</source>
        <translation>留空：指数为 0.0 … 0.7（步长 0.1），概率为 0.05 … 0.95（步长 0.05）。</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="109"/>
        <source>Best threshold by</source>
        <translation>最佳阈值选择准则</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="112"/>
        <source>Resample a reference raster on another grid (nearest)</source>
        <translation>将其他格网上的参考栅格重采样（最邻近）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="116"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="116"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="118"/>
        <source>Metrics CSV</source>
        <translation>指标 CSV</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="118"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="121"/>
        <source>Metrics JSON</source>
        <translation>指标 JSON</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="121"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="124"/>
        <source>Metrics table</source>
        <translation>指标表</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="127"/>
        <source>Threshold reported</source>
        <translation>报告的阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="127"/>
        <source>Mapped area (km²)</source>
        <translation>制图面积（km²）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="127"/>
        <source>Error-adjusted area (km²)</source>
        <translation>误差校正面积（km²）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="147"/>
        <source>Give exactly one reference: a mask raster or polygons.</source>
        <translation>请只提供一种参考数据：掩膜栅格或多边形。</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="153"/>
        <source>Thresholds must be numbers separated by commas, such as 0.1, 0.2, 0.3.</source>
        <translation>阈值必须是以逗号分隔的数字，例如 0.1, 0.2, 0.3。</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="156"/>
        <source>Area of interest: layer {}</source>
        <translation>感兴趣区：图层 {}</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="188"/>
        <source>Pixels: {} assessed, {} nodata in the prediction, {} nodata in the reference, {} outside the area of interest</source>
        <translation>像元：参与评价 {} 个，预测结果中无数据 {} 个，参考数据中无数据 {} 个，位于感兴趣区之外 {} 个</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="195"/>
        <source>Reported{}: OA {:.4f}, Kappa {:.4f}, F1 {:.4f}, IoU {:.4f}, MIoU {:.4f}</source>
        <translation>评价结果{}：OA {:.4f}，Kappa {:.4f}，F1 {:.4f}，IoU {:.4f}，MIoU {:.4f}</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="195"/>
        <source> at threshold {:.3f} (best {})</source>
        <translation>（阈值 {:.3f}，按 {} 最佳）</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="199"/>
        <source>AUC {:.4f}</source>
        <translation>AUC {:.4f}</translation>
    </message>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="202"/>
        <source>Area: mapped {:.3f} km², error-adjusted {:.3f} km² (95 % CI {:.3f} to {:.3f})</source>
        <translation>面积：制图 {:.3f} km²，误差校正后 {:.3f} km²（95 % 置信区间 {:.3f} 至 {:.3f}）</translation>
    </message>
</context>
<context>
    <name>ExportChipsAlgorithm</name>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>SWIR1, NIR, Blue (false colour 6-5-2 of the glacier paper)</source>
        <translation>短波红外1、近红外、蓝（冰川论文的 6-5-2 假彩色）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>Green, NIR, SWIR1 (bands 3-5-6 of the lake paper)</source>
        <translation>绿、近红外、短波红外1（冰湖论文的 3-5-6 波段）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>All reflective bands (Coastal to SWIR2)</source>
        <translation>全部反射波段（海岸/气溶胶至短波红外2）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>As the model card says</source>
        <translation>按模型卡</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="69"/>
        <source>Export training chips</source>
        <translation>导出训练切片</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="72"/>
        <source>Cuts a multispectral raster and label polygons into square chips for training a segmentation model with &apos;Train model&apos;.

Labels: polygons of the target (glacier or lake); with a class field, 1 marks the target and 0 background you labelled explicitly. Corrections: polygons you digitized over a model&apos;s mistakes; where a correction has a class it overrides the labels, both ways (missed glacier, false glacier). Labels in any CRS are reprojected; invalid geometries are repaired and counted.

Chips with fewer target pixels than the minimum fraction are dropped to balance the classes, as the glacier paper does. The validation split is spatially blocked: whole blocks of the raster go to validation and training chips that touch them are dropped, so validation scores are honest. Nodata pixels and pixels outside the area of interest are marked 255 and left out of the loss.

The output folder holds manifest.json and chips/*.npz (reflectance, optional NDSI channel, labels).</source>
        <translation>将多光谱栅格和标注多边形裁切成正方形切片，用于通过“训练模型”训练分割模型。

标注：目标（冰川或冰湖）的多边形；若指定类别字段，1 表示目标，0 表示您明确标注的背景。修正：您针对模型错误数字化的多边形；带有类别的修正会双向覆盖标注（漏检的冰川、误判的冰川）。任意坐标参考系下的标注都会被重投影；无效几何会被修复并计数。

与冰川论文一样，目标像元比例低于最小比例的切片会被舍弃，以平衡各类别。验证集按空间分块划分：栅格中的整块区域划入验证集，与之相接触的训练切片被舍弃，从而保证验证得分真实可信。无数据像元和感兴趣区之外的像元标记为 255，不参与损失计算。

输出文件夹包含 manifest.json 和 chips/*.npz（反射率、可选的 NDSI 通道、标注）。</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="86"/>
        <source>Multispectral raster</source>
        <translation>多光谱栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="87"/>
        <source>Label polygons</source>
        <translation>标注多边形</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="91"/>
        <source>Label class field (1 target, 0 background)</source>
        <translation>标注类别字段（1 为目标，0 为背景）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="97"/>
        <source>Corrections (digitized polygons that override the labels)</source>
        <translation>修正（覆盖标注的数字化多边形）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="100"/>
        <source>Corrections class field</source>
        <translation>修正类别字段</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="103"/>
        <source>Area of interest</source>
        <translation>感兴趣区</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="105"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>Glacier</source>
        <translation>冰川</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="33"/>
        <source>Glacial lake</source>
        <translation>冰湖</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="108"/>
        <source>Input bands</source>
        <translation>输入波段</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="110"/>
        <source>The bands the model will see, in order. &apos;As the model card says&apos; takes bands, derived channels, sensor and target from the model to fine-tune.</source>
        <translation>模型将按顺序读取的波段。“按模型卡”表示从待微调模型中读取波段、派生通道、传感器和目标。</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="113"/>
        <source>Model (.onnx) whose card gives the bands</source>
        <translation>提供波段信息的模型（.onnx，读取其模型卡）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="115"/>
        <source>Add NDSI as an extra channel</source>
        <translation>添加 NDSI 作为额外通道</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="118"/>
        <source>Chip size (pixels)</source>
        <translation>切片尺寸（像元）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="120"/>
        <source>Stride (pixels, 0 = chip size)</source>
        <translation>步幅（像元，0 = 切片尺寸）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="122"/>
        <source>Smaller than the chip size gives overlapping chips (the lake paper: 128 for 256).</source>
        <translation>小于切片尺寸时切片相互重叠（冰湖论文：256 的切片用 128 的步幅）。</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="124"/>
        <source>Minimum target fraction per chip</source>
        <translation>每个切片的最小目标比例</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="127"/>
        <source>Validation fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="130"/>
        <source>Split block size (pixels, 0 = 4 x chip size)</source>
        <translation>划分块大小（像元，0 = 4 倍切片尺寸）</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="130"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="138"/>
        <source>Chip folder</source>
        <translation>切片文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="139"/>
        <source>Manifest</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="140"/>
        <source>Training chips</source>
        <translation>训练切片</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="141"/>
        <source>Validation chips</source>
        <translation>验证切片</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="179"/>
        <source>&apos;As the model card says&apos; needs the model (.onnx) whose card gives the bands.</source>
        <translation>“按模型卡”需要提供其模型卡给出波段信息的模型（.onnx）。</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="183"/>
        <source>Bands from the model card: {}</source>
        <translation>来自模型卡的波段：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="195"/>
        <source>{} training and {} validation chips; dropped: {} with too little target, {} mostly nodata; target fraction {:.1%}; corrected pixels {}</source>
        <translation>训练切片 {} 个，验证切片 {} 个；舍弃：目标过少 {} 个，大部分为无数据 {} 个；目标比例 {:.1%}；修正像元 {} 个</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="94"/>
        <source>Default: the field &apos;class&apos; where the labels have one. Empty: every polygon is the target and everything else is background.</source>
        <translation>默认：标签有 'class' 字段时使用该字段。留空：每个多边形都是目标，其余均为背景。</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="153"/>
        <source>No label class field: every label polygon counts as the target, background polygons (class 0) included. Choose the class field if the labels have one.</source>
        <translation>未选择标签类别字段：每个标签多边形都算作目标，包括背景多边形（类别 0）。如果标签有类别字段，请选择它。</translation>
    </message>
    <message>
        <location filename="../algorithms/export_chips.py" line="201"/>
        <source>No validation chips: {}-px chips on this {} x {} raster give {} chip(s). &apos;Train model&apos; would have no validation score to choose the best epoch by: use a smaller chip size or stride, or a larger raster.</source>
        <translation>没有验证切片：{} 像素的切片在这个 {} x {} 的栅格上只得到 {} 个切片。“训练模型”将没有验证分数来选择最佳轮次：请使用更小的切片尺寸或步长，或更大的栅格。</translation>
    </message>
</context>
<context>
    <name>GlacierMapperAlgorithm</name>
    <message>
        <location filename="../algorithms/assess_accuracy.py" line="62"/>
        <source>Accuracy assessment</source>
        <translation>精度评价</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Coastal</source>
        <translation>海岸/气溶胶</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>NIR</source>
        <translation>近红外</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>SWIR1</source>
        <translation>短波红外1</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>SWIR2</source>
        <translation>短波红外2</translation>
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
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Landsat Collection 2 Level-2 (x 2.75e-5 - 0.2)</source>
        <translation>Landsat Collection 2 Level-2（x 2.75e-5 - 0.2）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>HLS (x 1e-4)</source>
        <translation>HLS（x 1e-4）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Sentinel-2 L2A/L1C (x 1e-4)</source>
        <translation>Sentinel-2 L2A/L1C（x 1e-4）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Sentinel-2 baseline &gt;= 04.00 ((x - 1000) x 1e-4)</source>
        <translation>Sentinel-2 处理基线 &gt;= 04.00（(x - 1000) x 1e-4）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>Landsat Level-1 TOA from MTL file</source>
        <translation>Landsat Level-1 大气层顶（TOA）反射率，读取 MTL 文件</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>None (already reflectance)</source>
        <translation>无（已是反射率）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="75"/>
        <source>Style not applied: {}</source>
        <translation>未能应用样式：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="141"/>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="154"/>
        <source>{} band (override)</source>
        <translation>{}波段（手动指定）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="159"/>
        <source>Leave empty to take the band from the descriptions or the sensor preset.</source>
        <translation>留空则根据波段描述或传感器预设确定该波段。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="163"/>
        <source>Reflectance scaling</source>
        <translation>反射率缩放</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Scale factor (override)</source>
        <translation>缩放因子（手动指定）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Multiplies the stored values; empty: from the preset.</source>
        <translation>与存储值相乘；留空：取自预设。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Offset (override)</source>
        <translation>偏移量（手动指定）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Added after scaling; empty: from the preset.</source>
        <translation>在缩放之后相加；留空：取自预设。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="184"/>
        <source>Landsat MTL file (for TOA scaling)</source>
        <translation>Landsat MTL 文件（用于 TOA 缩放）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="187"/>
        <source>The *_MTL.txt file of a Level-1 scene, read when the scaling is TOA from MTL.</source>
        <translation>Level-1 景的 *_MTL.txt 文件，在缩放方式为“读取 MTL 文件的 TOA”时读取。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="207"/>
        <source>The input raster must be a file GDAL can read (GeoTIFF, VRT, ...), not a &apos;{}&apos; layer.</source>
        <translation>输入栅格必须是 GDAL 可读取的文件（GeoTIFF、VRT 等），而不是“{}”图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="251"/>
        <source>Sensor: {}; {}</source>
        <translation>传感器：{}；{}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="65"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="21"/>
        <source>Threshold mapping</source>
        <translation>阈值制图</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="49"/>
        <source>Outlines</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="56"/>
        <source>Deep learning</source>
        <translation>深度学习</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="197"/>
        <source>The {} threshold {} is outside [-1, 1], the range of the index. Give a value such as {}, or choose the automatic threshold.</source>
        <translation>{} 阈值 {} 超出了 [-1, 1]，即该指数的取值范围。请输入例如 {} 的值，或选择自动阈值。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>From the raster (metadata), else the sensor preset</source>
        <translation>取自栅格（元数据），否则用传感器预设</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>From the raster (metadata, band names), else Landsat 8/9 OLI</source>
        <translation>取自栅格（元数据、波段名），否则为 Landsat 8/9 OLI</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="145"/>
        <source>Sensor that acquired the raster. It gives the band positions (Landsat 8/9 OLI: green B3, NIR B5, SWIR1 B6) and the default reflectance scaling. Bands are found from the band descriptions first (B3, B03, SR_B3, green), so a 6-band HLS stack starting at B2 maps right. The default reads the sensor from a prepared scene&apos;s metadata or the band and file names (HLS S30, Sentinel-2), else takes Landsat 8/9 OLI.</source>
        <translation>获取该栅格的传感器。它决定波段位置（Landsat 8/9 OLI：绿 B3、近红外 B5、短波红外1 B6）和默认的反射率缩放。优先根据波段描述（B3、B03、SR_B3、green）查找波段，因此从 B2 开始的 6 波段 HLS 堆栈也能正确对应。默认从已准备场景的元数据或波段名与文件名（HLS S30、Sentinel-2）读取传感器，否则取 Landsat 8/9 OLI。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="166"/>
        <source>How stored values become surface reflectance. Indices need it because the offset changes the ratio: Landsat C2 L2 is DN x 2.75e-5 - 0.2, HLS and Sentinel-2 are x 1e-4, TOA reads the MTL file. The default takes the bands&apos; scale and offset from the raster (as Prepare scene writes them), else the scaling its file names give (HLS), else the sensor&apos;s usual product; a scaling that leaves many values outside reflectance is reported with the one that fits.</source>
        <translation>存储值如何换算为地表反射率。指数需要它，因为偏移会改变比值：Landsat C2 L2 为 DN x 2.75e-5 - 0.2，HLS 和 Sentinel-2 为 x 1e-4，TOA 读取 MTL 文件。默认取栅格中各波段的缩放和偏移（如“准备场景”所写），否则取文件名所示的缩放（HLS），否则取该传感器的常用产品；若缩放使大量数值超出反射率范围，会报告并给出合适的缩放。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="99"/>
        <source>This algorithm needs the Python package(s) {} in QGIS's Python. Run Glacier Mapper › Set-up › Install dependencies (glaciermapper:installdependencies) once, then run this algorithm again.</source>
        <translation>此算法需要 QGIS 的 Python 中有 Python 包 {}。请先运行一次 Glacier Mapper › 设置 › 安装依赖项（glaciermapper:installdependencies），然后重新运行此算法。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="45"/>
        <source>Set-up</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="24"/>
        <source>DEM (slope and shadow tests)</source>
        <translation>DEM（坡度与阴影检验）</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="26"/>
        <source>Optional elevation raster, on any grid (it is resampled onto the scene&apos;s grid). With the sun position it gives cast shadow and self-shadow; for lakes also steep slopes, which are not lakes.</source>
        <translation>可选的高程栅格，可为任意网格（会重采样到影像的网格上）。结合太阳位置可得到投射阴影和自阴影；对湖泊还可得到陡坡，陡坡上不是湖泊。</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="31"/>
        <source>Sun azimuth (degrees clockwise from north; empty: from the scene&apos;s metadata)</source>
        <translation>太阳方位角（自北顺时针，度；留空：取自影像元数据）</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="31"/>
        <source>Sun elevation (degrees; empty: from the scene&apos;s metadata)</source>
        <translation>太阳高度角（度；留空：取自影像元数据）</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="42"/>
        <source>Maximum lake slope (degrees)</source>
        <translation>湖泊最大坡度（度）</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="46"/>
        <source>With a DEM: water-like pixels on steeper slopes are not lakes.</source>
        <translation>有 DEM 时：坡度更陡处类似水体的像元不是湖泊。</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="72"/>
        <source>Sun azimuth {:.2f}, elevation {:.2f}; shadow search reach {} pixels</source>
        <translation>太阳方位角 {:.2f}，高度角 {:.2f}；阴影搜索范围 {} 个像元</translation>
    </message>
    <message>
        <location filename="../algorithms/terrain_parameters.py" line="75"/>
        <source>Terrain pixels: {} steep, {} self-shadow, {} cast shadow</source>
        <translation>地形像元：陡坡 {}，自阴影 {}，投射阴影 {}</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="37"/>
        <source>Regions over time</source>
        <translation>区域时间序列</translation>
    </message>
</context>
<context>
    <name>GlacierMapperPlugin</name>
    <message>
        <location filename="../plugin.py" line="82"/>
        <source>QGIS&apos;s Python lacks {}: Segment, Outlines and Outline change need them.</source>
        <translation>QGIS 的 Python 缺少 {}：分割、轮廓和轮廓变化需要它们。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="85"/>
        <source>Install dependencies</source>
        <translation>安装依赖项</translation>
    </message>
</context>
<context>
    <name>GlacierMapperProvider</name>
    <message>
        <location filename="../algorithms/settings.py" line="74"/>
        <source>Trainer Python (a venv with torch, onnx, numpy)</source>
        <translation>训练器 Python（包含 torch、onnx、numpy 的虚拟环境）</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="77"/>
        <source>Folder of your trained models (listed in Segment)</source>
        <translation>您训练的模型所在文件夹（在“分割”中列出）</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="80"/>
        <source>onnxruntime in QGIS&apos;s Python (detected, read only)</source>
        <translation>QGIS Python 中的 onnxruntime（自动检测，只读）</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="29"/>
        <source>not installed: the Segment algorithm needs onnxruntime or onnxruntime-gpu (Glacier Mapper › Set-up › Install dependencies)</source>
        <translation>未安装：分割算法需要 onnxruntime 或 onnxruntime-gpu（Glacier Mapper › 设置 › 安装依赖项）</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="42"/>
        <source>{} (installed but not usable: {})</source>
        <translation>{}（已安装但不可用：{}）</translation>
    </message>
    <message>
        <location filename="../algorithms/settings.py" line="45"/>
        <source>{} {}; providers: {}</source>
        <translation>{} {}；执行提供程序：{}</translation>
    </message>
</context>
<context>
    <name>InstallDependenciesAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>Automatic: the GPU build where an NVIDIA driver is present</source>
        <translation>自动：有 NVIDIA 驱动时使用 GPU 版本</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>onnxruntime (CPU)</source>
        <translation>onnxruntime（CPU）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>onnxruntime-gpu (NVIDIA CUDA 12)</source>
        <translation>onnxruntime-gpu（NVIDIA CUDA 12）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="72"/>
        <source>Install dependencies</source>
        <translation>安装依赖项</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="75"/>
        <source>Installs onnxruntime (Segment) and shapely 2 (Outlines, Outline change) for QGIS&apos;s own Python, with pip, into the folder glacier_mapper_packages of your QGIS profile: no administrator rights, nothing written to the system&apos;s Python. Versions are pinned to ones that work with the numpy QGIS already has, and numpy itself is never installed. A second run finds them and does nothing.

The GPU build (onnxruntime-gpu) is chosen automatically where an NVIDIA driver is present; it needs CUDA 12 and cuDNN 9 and otherwise runs on the CPU. Cancelling stops pip.</source>
        <translation>使用 pip 为 QGIS 自带的 Python 安装 onnxruntime（分割）和 shapely 2（轮廓、轮廓变化），安装到 QGIS 配置文件的 glacier_mapper_packages 文件夹：无需管理员权限，不向系统 Python 写入任何内容。版本固定为与 QGIS 已有的 numpy 兼容的版本，且从不安装 numpy 本身。再次运行会发现已安装而不做任何事。

有 NVIDIA 驱动时自动选择 GPU 版本（onnxruntime-gpu）；它需要 CUDA 12 和 cuDNN 9，否则在 CPU 上运行。取消会停止 pip。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="84"/>
        <source>onnxruntime build</source>
        <translation>onnxruntime 版本</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="92"/>
        <source>Installing {} and shapely into {}</source>
        <translation>正在将 {} 和 shapely 安装到 {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="97"/>
        <source>Removed {} (the other onnxruntime build)</source>
        <translation>已移除 {}（另一个 onnxruntime 版本）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="99"/>
        <source>Installed in {:.1f} s: {}</source>
        <translation>已在 {:.1f} 秒内安装：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="102"/>
        <source>Nothing to do: already installed: {}</source>
        <translation>无需操作：已安装：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="107"/>
        <source>Still not importable in this session: {}. Restart QGIS.</source>
        <translation>在本次会话中仍无法导入：{}。请重启 QGIS。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="110"/>
        <source>Restart QGIS to use the new versions: {} was already loaded.</source>
        <translation>请重启 QGIS 以使用新版本：{} 已被加载。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="114"/>
        <source>Ready: onnxruntime {} ({}), shapely {}</source>
        <translation>就绪：onnxruntime {}（{}），shapely {}</translation>
    </message>
</context>
<context>
    <name>LakeTimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="85"/>
        <source>Lake time series</source>
        <translation>湖泊时间序列</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="38"/>
        <source>Matches the lakes of many dates into stable ids (overlap matching; splits and merges recorded) and fits each lake's growth with a Theil-Sen line (km² and % per year). A lake mostly under cloud or nodata at a date is 'not observed' there, never gone. Give lake outline layers with their dates, or the output folder of 'Map scenes' (its clear-sky masks are used).

Outputs in the folder: lakes.gpkg (lakes, lake_areas, regional_total), lake_areas.csv and report.html.</source>
        <translation>将多个日期的湖泊匹配为稳定编号（按重叠匹配，记录分裂与合并），并用 Theil-Sen 直线拟合每个湖泊的增长（每年 km² 与 %）。某日期大部分被云或无数据覆盖的湖泊在该日期记为“未观测”，绝不记为消失。请给出带日期的湖泊轮廓图层，或“批量场景制图”的输出文件夹（将使用其中的晴空掩膜）。

文件夹中的输出：lakes.gpkg（lakes、lake_areas、regional_total）、lake_areas.csv 和 report.html。</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="46"/>
        <source>Lake outlines</source>
        <translation>湖泊轮廓</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="48"/>
        <source>Dates (YYYY-MM-DD, one per layer)</source>
        <translation>日期（YYYY-MM-DD，每个图层一个）</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="50"/>
        <source>Comma-separated, in the order of the layers; empty: from their src_date.</source>
        <translation>以逗号分隔，按图层顺序；留空：取自各图层的 src_date。</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="52"/>
        <source>Or: output folder of Map scenes</source>
        <translation>或：批量场景制图的输出文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="54"/>
        <source>Rapid growth (% per year)</source>
        <translation>快速增长（每年 %）</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="54"/>
        <source>Hidden share for &apos;not observed&apos;</source>
        <translation>判为“未观测”的遮挡比例</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="62"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="63"/>
        <source>Lakes</source>
        <translation>湖泊</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="64"/>
        <source>Rapidly growing lakes</source>
        <translation>快速增长的湖泊</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="70"/>
        <source>Give lake outline layers of at least two dates, or a Map scenes folder.</source>
        <translation>请给出至少两个日期的湖泊轮廓图层，或批量场景制图的文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/lake_time_series.py" line="83"/>
        <source>{} lakes over {} dates; {} growing rapidly. Report: {}</source>
        <translation>{} 个湖泊，{} 个日期；{} 个快速增长。报告：{}</translation>
    </message>
</context>
<context>
    <name>MapScenesAlgorithm</name>
    <message>
        <location filename="../algorithms/map_scenes.py" line="21"/>
        <source>NDSI threshold</source>
        <translation>NDSI 阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="21"/>
        <source>NDWI threshold</source>
        <translation>NDWI 阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="21"/>
        <source>U-Net (bundled model)</source>
        <translation>U-Net（内置模型）</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="43"/>
        <source>Map scenes (many scenes on Dask)</source>
        <translation>批量场景制图（Dask 多场景）</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="46"/>
        <source>Maps every scene into its own folder of the output folder: glacier and lake masks, a clear-sky mask (valid.tif: 1 observed, 0 cloud or nodata) and glacier and lake outlines. Scenes run in parallel on a local Dask cluster of the given number of worker processes (one thread each); without dask, one after another.

Each scene folder appears only when complete (with done.json), so a second run skips the finished scenes and a cancelled run keeps them. The folder is the input of &apos;Lake time series&apos;.</source>
        <translation>将每个场景制图到输出文件夹中各自的子文件夹：冰川与湖泊掩膜、晴空掩膜（valid.tif：1 为已观测，0 为云或无数据）以及冰川与湖泊轮廓。场景在本地 Dask 集群上以指定数量的工作进程并行运行（每个进程一个线程）；未安装 dask 时逐个运行。

场景文件夹只有在完整时才会出现（含 done.json），因此再次运行会跳过已完成的场景，取消的运行也会保留它们。该文件夹是“湖泊时间序列”的输入。</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="55"/>
        <source>Scenes</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="57"/>
        <source>Glacier method</source>
        <translation>冰川方法</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="60"/>
        <source>Lake method</source>
        <translation>湖泊方法</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="63"/>
        <source>DEM (metres)</source>
        <translation>数字高程模型 DEM（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="64"/>
        <source>Worker processes</source>
        <translation>工作进程数</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="67"/>
        <source>1 maps the scenes one after another inside QGIS.</source>
        <translation>1 表示在 QGIS 内逐个制图。</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="70"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="71"/>
        <source>Scenes mapped or already done</source>
        <translation>已制图或已完成的场景</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="72"/>
        <source>Scenes failed</source>
        <translation>失败的场景</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="86"/>
        <source>Dask dashboard: {}</source>
        <translation>Dask 仪表板：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="94"/>
        <source>{} failed: {}</source>
        <translation>{} 失败：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="96"/>
        <source>{}: {} glaciers, {} lakes</source>
        <translation>{}：{} 个冰川，{} 个湖泊</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="104"/>
        <source>{} glaciers</source>
        <translation>{} 冰川</translation>
    </message>
    <message>
        <location filename="../algorithms/map_scenes.py" line="106"/>
        <source>{} lakes</source>
        <translation>{} 湖泊</translation>
    </message>
</context>
<context>
    <name>NdsiGlacierMaskAlgorithm</name>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="49"/>
        <source>Glacier mask (NDSI threshold)</source>
        <translation>冰川掩膜（NDSI 阈值）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="71"/>
        <source>Multispectral raster</source>
        <translation>多光谱栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="73"/>
        <source>NDSI threshold</source>
        <translation>NDSI 阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="75"/>
        <source>Pixels with NDSI above this value are glacier; between -1 and 1.</source>
        <translation>NDSI 高于该值的像元为冰川；取值介于 -1 与 1 之间。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="77"/>
        <source>Automatic threshold (Otsu)</source>
        <translation>自动阈值（Otsu）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="79"/>
        <source>Ignore the threshold above and choose it with Otsu&apos;s method on the NDSI histogram.</source>
        <translation>忽略上面的阈值，改用 Otsu 方法根据 NDSI 直方图确定阈值。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="81"/>
        <source>Exclude water</source>
        <translation>排除水体</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>By NDWI (green vs NIR)</source>
        <translation>按 NDWI（绿 vs 近红外）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>By low NIR reflectance</source>
        <translation>按低近红外反射率</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>NDWI above which a pixel is water</source>
        <translation>判为水体的 NDWI 下限</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>Used when water is excluded by NDWI. Clean ice can reach NDWI 0.3-0.4, so lower values remove ice too.</source>
        <translation>按 NDWI 排除水体时使用。洁净冰的 NDWI 可达 0.3-0.4，因此取值过低也会去除冰。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>NIR reflectance below which a pixel is water</source>
        <translation>判为水体的近红外反射率上限</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="108"/>
        <source>Minimum green reflectance (shadow/dark pixels)</source>
        <translation>最小绿波段反射率（阴影/暗像元）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="110"/>
        <source>Optional: pixels darker than this in green are not glacier (deep shadow, dark surfaces with a noisy NDSI). Empty: no test.</source>
        <translation>可选：绿波段比该值更暗的像元不判为冰川（深阴影、NDSI 噪声较大的暗地表）。留空：不做此判别。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="114"/>
        <source>3x3 median filter</source>
        <translation>3x3 中值滤波</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="115"/>
        <source>Smooths salt-and-pepper noise of the mask.</source>
        <translation>平滑掩膜中的椒盐噪声。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="117"/>
        <source>Remove patches smaller than (pixels)</source>
        <translation>移除小于此值的斑块（像元）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="119"/>
        <source>Glacier patches with fewer connected pixels are removed (0: keep all).</source>
        <translation>连通像元数少于该值的冰川斑块将被移除（0：全部保留）。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="121"/>
        <source>Glacier mask</source>
        <translation>冰川掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="122"/>
        <source>NDSI</source>
        <translation>NDSI</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="125"/>
        <source>Threshold used</source>
        <translation>所用阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="126"/>
        <source>Glacier pixels</source>
        <translation>冰川像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="161"/>
        <source>NDSI threshold used: {:.4f} ({})</source>
        <translation>所用 NDSI 阈值：{:.4f}（{}）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="161"/>
        <source>automatic, Otsu</source>
        <translation>自动，Otsu</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="161"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="163"/>
        <source>Glacier pixels: {} of {} valid ({:.2%}); nodata pixels: {}</source>
        <translation>冰川像元：{} 个，占有效像元 {} 个的 {:.2%}；无数据像元：{} 个</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="167"/>
        <source>Excluded as {}: {} pixels</source>
        <translation>因 {} 排除：{} 个像元</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="172"/>
        <source>Glacier mask (NDSI ≥ {})</source>
        <translation>冰川掩膜（NDSI ≥ {}）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="21"/>
        <source>By spectrum: dark in the visible, NIR not above SWIR1 (keeps turbid water out)</source>
        <translation>按光谱：可见光暗、近红外不高于 SWIR1（也排除浑浊水体）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="52"/>
        <source>Maps glaciers by thresholding the Normalised Difference Snow Index, NDSI = (Green - SWIR1) / (Green + SWIR1), computed from surface reflectance.

Threshold: the founding glacier paper swept NDSI thresholds from 0.0 to 0.7 in steps of 0.1 on Landsat 8 and found its best map at 0.1 on its scene; 0.4 is the common default in the literature. The best value depends on the scene: choose &apos;Automatic&apos; to use Otsu&apos;s method on the histogram of valid NDSI values (bimodal over glaciated terrain); the value chosen is written to the log, the THRESHOLD_USED output and the mask&apos;s metadata. Use the accuracy assessment&apos;s threshold sweep to choose one with evidence.

Known failures of NDSI alone: water bodies have a high NDSI and are mapped as glacier (the default water exclusion, by spectrum, removes clear and turbid water); shadowed ice is partly missed; debris-covered ice is missed: rock debris on the ice has the NDSI of rock, a limitation no NDSI threshold overcomes (map it with a DEM, thermal or the segmentation models); clouds confuse it.

With a DEM and the sun position (from the scene&apos;s metadata or given), glacier pixels in cast shadow or self-shadow are kept but counted (GLACIER_PIXELS_IN_SHADOW): shadowed ice is where NDSI is least reliable.

Output mask: 1 glacier, 0 not glacier, 255 nodata (any band nodata).</source>
        <translation>通过对归一化差分积雪指数 NDSI = (绿 - SWIR1) / (绿 + SWIR1)（由地表反射率计算）设定阈值来提取冰川。

阈值：奠基性的冰川论文在 Landsat 8 上以 0.1 为步长扫描 0.0 到 0.7 的 NDSI 阈值，在其影像上 0.1 得到最佳结果；0.4 是文献中常用的默认值。最佳值取决于影像：选择“自动”可对有效 NDSI 值的直方图使用 Otsu 方法（在冰川区呈双峰）；所选值会写入日志、THRESHOLD_USED 输出和掩膜元数据。可用精度评估的阈值扫描有依据地选择阈值。

仅用 NDSI 的已知缺陷：水体 NDSI 高，会被误判为冰川（默认的按光谱排除水体可去除清澈和浑浊水体）；阴影中的冰部分漏检；表碛覆盖冰会漏检：冰上的岩屑具有岩石的 NDSI，任何 NDSI 阈值都无法克服这一限制（请借助 DEM、热红外数据或分割模型）；云会造成干扰。

提供 DEM 和太阳位置（取自影像元数据或手动给定）时，位于投射阴影或自阴影中的冰川像元会保留但计数（GLACIER_PIXELS_IN_SHADOW）：阴影中的冰是 NDSI 最不可靠之处。

输出掩膜：1 冰川，0 非冰川，255 无数据（任一波段无数据）。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="85"/>
        <source>NDSI alone marks lakes as glacier. By spectrum (default): water is neither bright in blue and green (above 0.18) nor much brighter in the NIR than in SWIR1, as snow and ice are; this also removes turbid, glacial-flour water. By NDWI or by low NIR: the older tests, which keep turbid water (NIR 0.07 and more) as glacier.</source>
        <translation>仅用 NDSI 会把湖泊标为冰川。按光谱（默认）：水体既不像雪和冰那样在蓝光和绿光中明亮（高于 0.18），近红外也不比 SWIR1 亮很多；这样也能去除含冰川粉的浑浊水体。按 NDWI 或低近红外：较旧的检验，会把浑浊水体（近红外 0.07 及以上）保留为冰川。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="90"/>
        <source>Used when water is excluded by NIR reflectance: water absorbs the near infrared, snow and ice reflect it; turbid water reflects it too.</source>
        <translation>按近红外反射率排除水体时使用：水吸收近红外，雪和冰反射近红外；浑浊水体也会反射。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="127"/>
        <source>Glacier pixels in DEM shadow (with a DEM)</source>
        <translation>位于 DEM 阴影中的冰川像元（有 DEM 时）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndsi_glacier_mask.py" line="170"/>
        <source>Glacier pixels in DEM cast or self-shadow (kept, NDSI less reliable): {}</source>
        <translation>位于 DEM 投射阴影或自阴影中的冰川像元（保留，NDSI 可靠性较低）：{}</translation>
    </message>
</context>
<context>
    <name>NdwiLakeMaskAlgorithm</name>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="42"/>
        <source>Lake mask (NDWI / MNDWI threshold)</source>
        <translation>湖泊掩膜（NDWI / MNDWI 阈值）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="61"/>
        <source>Multispectral raster</source>
        <translation>多光谱栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="62"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="64"/>
        <source>NDWI uses green and NIR; MNDWI uses green and SWIR1 and suppresses built-up and rock better, but snow has a high MNDWI too.</source>
        <translation>NDWI 使用绿和近红外波段；MNDWI 使用绿和短波红外1波段，能更好地抑制建筑物和岩石，但积雪的 MNDWI 同样较高。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="68"/>
        <source>Index threshold</source>
        <translation>指数阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="71"/>
        <source>Pixels with the index above this value are water; between -1 and 1.</source>
        <translation>指数高于该值的像元为水体；取值介于 -1 与 1 之间。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="73"/>
        <source>Automatic threshold (Otsu)</source>
        <translation>自动阈值（Otsu）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="75"/>
        <source>Exclude snow and ice</source>
        <translation>排除冰雪</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="79"/>
        <source>Exclude shadows</source>
        <translation>排除阴影</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="80"/>
        <source>Cast shadows are dark like water; exclude dark pixels whose spectrum is not water-like, and the pixels of the shadow mask below if given.</source>
        <translation>投射阴影与水体一样暗；排除光谱不像水体的暗像元，若提供了下方的阴影掩膜，也排除其中的阴影像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="83"/>
        <source>Shadow mask</source>
        <translation>阴影掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="84"/>
        <source>Optional raster on the same grid, for example cast shadows from a DEM and the sun position.</source>
        <translation>可选，同一格网上的栅格，例如由数字高程模型（DEM）和太阳位置计算的投射阴影。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="87"/>
        <source>Value of shadow pixels in the shadow mask</source>
        <translation>阴影掩膜中阴影像元的值</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="90"/>
        <source>1 in most masks; some tools write 0 for shadow and 1 for sunlit.</source>
        <translation>大多数掩膜中为 1；有些工具用 0 表示阴影、1 表示光照。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="93"/>
        <source>Minimum lake area (m²)</source>
        <translation>最小湖泊面积（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="95"/>
        <source>Water patches smaller than this are removed. Glacial lake inventories often use 0.0081 km² (9 Landsat pixels).</source>
        <translation>小于该面积的水体斑块将被移除。冰湖编目常用 0.0081 km²（9 个 Landsat 像元）。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="98"/>
        <source>Lake mask</source>
        <translation>湖泊掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="99"/>
        <source>Water index</source>
        <translation>水体指数</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="101"/>
        <source>Threshold used</source>
        <translation>所用阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="102"/>
        <source>Water pixels</source>
        <translation>水体像元数</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="140"/>
        <source>{} threshold used: {:.4f} ({}); minimum lake size {} pixels</source>
        <translation>所用 {} 阈值：{:.4f}（{}）；最小湖泊大小 {} 个像元</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="140"/>
        <source>automatic, Otsu</source>
        <translation>自动，Otsu</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="140"/>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="143"/>
        <source>Water pixels: {} of {} valid; nodata pixels: {}</source>
        <translation>水体像元：{} 个（有效像元 {} 个）；无数据像元：{} 个</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="146"/>
        <source>Excluded as {}: {} pixels</source>
        <translation>因 {} 排除：{} 个像元</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="147"/>
        <source>Lake mask ({} ≥ {})</source>
        <translation>湖泊掩膜（{} ≥ {}）</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="45"/>
        <source>Maps open water and glacial lakes by thresholding NDWI (McFeeters: (Green - NIR) / (Green + NIR)) or MNDWI ((Green - SWIR1) / (Green + SWIR1)), the traditional baseline that the attention U-Net of the founding lake paper improves on.

Threshold: fixed, or automatic by Otsu&apos;s method on the index histogram (reported in the log and outputs). The default, MNDWI 0.2, keeps turbid glacial-flour water, which NDWI thresholds of 0.3 lose. Snow and ice also have high NDWI/MNDWI, and dark shadowed slopes are confused with water: both are excluded by default (pixels bright in blue and green, or much brighter in the NIR than in SWIR1, are snow or ice; turbid water is neither; pixels darker than any water in green are shadow), and an optional shadow mask raster can be given. With a DEM (any grid; resampled onto the scene&apos;s), water-like pixels on slopes steeper than the maximum lake slope, and in cast shadow or self-shadow for the sun position of the scene&apos;s metadata (or the one given), are not lakes. Lakes smaller than the minimum area are removed.

Output mask: 1 water, 0 not water, 255 nodata.</source>
        <translation>通过对 NDWI（McFeeters：(绿 - 近红外) / (绿 + 近红外)）或 MNDWI（(绿 - SWIR1) / (绿 + SWIR1)）设定阈值来提取开阔水体和冰川湖，这是奠基性湖泊论文中注意力 U-Net 所改进的传统基准方法。

阈值：固定值，或对指数直方图使用 Otsu 方法自动确定（在日志和输出中报告）。默认的 MNDWI 0.2 能保留含冰川粉的浑浊水体，而 NDWI 阈值 0.3 会丢失它们。雪和冰的 NDWI/MNDWI 也很高，阴暗的阴影坡面也会与水体混淆：默认两者都会被排除（在蓝光和绿光中明亮、或近红外远亮于 SWIR1 的像元是雪或冰；浑浊水体两者皆非；绿光比任何水体都暗的像元是阴影），还可提供可选的阴影掩膜栅格。提供 DEM（任意网格；会重采样到影像网格）时，坡度大于湖泊最大坡度、或按影像元数据（或给定）的太阳位置处于投射阴影或自阴影中的类似水体像元不是湖泊。小于最小面积的湖泊会被去除。

输出掩膜：1 水体，0 非水体，255 无数据。</translation>
    </message>
    <message>
        <location filename="../algorithms/ndwi_lake_mask.py" line="76"/>
        <source>Snow and ice are bright in blue and green and reflect far more NIR than SWIR1; water, even turbid with glacial flour, is neither.</source>
        <translation>雪和冰在蓝光和绿光中明亮，且近红外反射远高于 SWIR1；水体即使含冰川粉而浑浊，也两者皆非。</translation>
    </message>
</context>
<context>
    <name>NewLabelLayerAlgorithm</name>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="87"/>
        <source>New label layer</source>
        <translation>新建标注图层</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="90"/>
        <source>Creates an editable GeoPackage polygon layer to digitize training labels or corrections in: a &apos;class&apos; field with a drop-down of the classes (0 background, 1 glacier or lake), &apos;note&apos;, &apos;source&apos; and &apos;created&apos;. The style and the drop-down are stored in the GeoPackage, so they come back whenever the layer is opened.

Start empty, or seed it with outlines the plugin produced (for example from &apos;Outlines&apos; of a model&apos;s mask), then edit the mistakes and feed the layer to &apos;Export training chips&apos; as labels or corrections.</source>
        <translation>创建一个可编辑的 GeoPackage 多边形图层，用于数字化训练标注或修正：包含带类别下拉列表（0 为背景，1 为冰川或冰湖）的“class”字段，以及“note”、“source”和“created”字段。样式和下拉列表保存在 GeoPackage 中，因此每次打开该图层时都会恢复。

可以从空图层开始，也可以用本插件生成的轮廓作为初始内容（例如对模型掩膜运行“轮廓提取”的结果），然后修改其中的错误，再将该图层作为标注或修正输入“导出训练切片”。</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="99"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="26"/>
        <source>Glacier</source>
        <translation>冰川</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="26"/>
        <source>Glacial lake</source>
        <translation>冰湖</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="102"/>
        <source>Seed outlines (optional)</source>
        <translation>初始轮廓（可选）</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="104"/>
        <source>Seed class field (class name or number)</source>
        <translation>初始轮廓的类别字段（类别名称或编号）</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="107"/>
        <source>CRS (default: the seed outlines&apos; CRS)</source>
        <translation>坐标参考系（默认：初始轮廓的坐标参考系）</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="108"/>
        <source>Use the CRS of the imagery you will label.</source>
        <translation>请使用待标注影像的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="110"/>
        <source>Layer name</source>
        <translation>图层名称</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="111"/>
        <source>Label layer</source>
        <translation>标注图层</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="113"/>
        <source>Polygons</source>
        <translation>多边形数</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="119"/>
        <source>Give the CRS of the imagery you will label, or seed outlines to take it from.</source>
        <translation>请提供待标注影像的坐标参考系，或提供可从中获取坐标参考系的初始轮廓。</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="122"/>
        <source>The label layer must be a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>标注图层必须是 GeoPackage：请提供以 .gpkg 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="133"/>
        <source>Label layer {} with {} polygon(s)</source>
        <translation>标注图层 {}，包含 {} 个多边形</translation>
    </message>
    <message>
        <location filename="../algorithms/new_label_layer.py" line="65"/>
        <source>Style not applied: {}</source>
        <translation>未应用样式：{}</translation>
    </message>
</context>
<context>
    <name>OutlineChangeAlgorithm</name>
    <message>
        <location filename="../algorithms/outline_change.py" line="41"/>
        <source>Outline change between two dates</source>
        <translation>两期轮廓变化</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="44"/>
        <source>Compares glacier or lake outlines of an earlier date (A) and a later date (B): the question behind glacier retreat and glacial-lake growth monitoring.

Objects are matched by overlap (each object with the one it shares most area with; splits and merges are grouped). For each group: area at both dates, change in km² and %, and the rate per year; status retreated, advanced, stable (within the stable tolerance), new or vanished. Dates come from the layers' src_date fields (RGI: BgnDate) or the parameters. Layer B is reprojected to A's CRS; areas are in km² whatever the CRS.

A summary (total area at each date, change, rate) is written to the log, to the outputs and, as a table, beside the change layer (in the same GeoPackage, or a CSV for other formats).</source>
        <translation>比较较早日期（A）与较晚日期（B）的冰川或湖泊轮廓——这正是冰川退缩和冰湖扩张监测所要回答的问题。

对象按重叠关系匹配（每个对象与其共享面积最大的对象配对；分裂与合并的对象归为一组）。每组给出：两期面积、以 km² 和 % 表示的变化量以及年变化速率；状态为 retreated（退缩）、advanced（前进）、stable（稳定，变化在稳定容差之内）、new（新出现）或 vanished（消失）。日期取自图层的 src_date 字段（RGI：BgnDate）或参数。图层 B 会重投影到 A 的坐标参考系；无论坐标参考系如何，面积均以 km² 计。

汇总信息（各期总面积、变化量、速率）会写入日志和输出，并以表格形式保存在变化图层旁（位于同一 GeoPackage 中，其他格式则为 CSV）。</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="56"/>
        <source>Outlines, date A (earlier)</source>
        <translation>轮廓，日期 A（较早）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="56"/>
        <source>Outlines, date B (later)</source>
        <translation>轮廓，日期 B（较晚）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="61"/>
        <source>Date A (YYYY-MM-DD, empty: from the layer)</source>
        <translation>日期 A（YYYY-MM-DD，留空：取自图层）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="61"/>
        <source>Date B (YYYY-MM-DD, empty: from the layer)</source>
        <translation>日期 B（YYYY-MM-DD，留空：取自图层）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="67"/>
        <source>Stable if the change is within (%)</source>
        <translation>变化在此范围内视为稳定（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="70"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Total area at date A (km²)</source>
        <translation>日期 A 的总面积（km²）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Total area at date B (km²)</source>
        <translation>日期 B 的总面积（km²）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Area change (km²)</source>
        <translation>面积变化（km²）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Area change (%)</source>
        <translation>面积变化（%）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="72"/>
        <source>Rate (km² per year)</source>
        <translation>速率（km²/年）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="105"/>
        <source>Date A {}: {} object(s), {:.4f} km²</source>
        <translation>日期 A {}：{} 个对象，{:.4f} km²</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="107"/>
        <source>Date B {}: {} object(s), {:.4f} km²</source>
        <translation>日期 B {}：{} 个对象，{:.4f} km²</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="109"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="110"/>
        <source>Change: {:+.4f} km² ({}), {} per year over {} years</source>
        <translation>变化：{:+.4f} km²（{}），年变化速率 {}（时间跨度 {} 年）</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="114"/>
        <source>Objects: {}</source>
        <translation>对象：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/outline_change.py" line="115"/>
        <source>Outline change</source>
        <translation>轮廓变化</translation>
    </message>
</context>
<context>
    <name>OutlinesAlgorithm</name>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>glacier</source>
        <translation>冰川</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>lake</source>
        <translation>湖泊</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="55"/>
        <source>Outlines (mask to inventory polygons)</source>
        <translation>轮廓提取（掩膜转编目多边形）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="76"/>
        <source>Mask raster</source>
        <translation>掩膜栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="77"/>
        <source>Class value to outline</source>
        <translation>要提取轮廓的类别值</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="79"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>Glacier</source>
        <translation>冰川</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>Lake</source>
        <translation>湖泊</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="82"/>
        <source>Probability raster</source>
        <translation>概率栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="84"/>
        <source>DEM (metres)</source>
        <translation>数字高程模型 DEM（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="85"/>
        <source>Any grid and CRS: it is resampled onto the mask&apos;s grid.</source>
        <translation>可为任意格网和坐标参考系：会被重采样到掩膜的格网上。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Minimum area (m²)</source>
        <translation>最小面积（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Polygons smaller than this are removed (RGI: 0.01 km²).</source>
        <translation>小于该面积的多边形将被移除（RGI：0.01 km²）。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Fill holes smaller than (m²)</source>
        <translation>填充小于此面积的孔洞（m²）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Smaller holes are noise and are filled; larger rock outcrops stay as holes.</source>
        <translation>较小的孔洞视为噪声并被填充；较大的基岩出露保留为孔洞。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Simplification tolerance (m)</source>
        <translation>简化容差（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="99"/>
        <source>Pixel steps are cut first, then Douglas-Peucker with topology kept; 0 keeps the pixel edges. Each polygon keeps its area within 5 % of its pixel area: small ones (single pixels) keep their pixel outline, and none is dropped.</source>
        <translation>先削去像元阶梯，再在保持拓扑的前提下用 Douglas-Peucker 算法简化；0 表示保留像元边界。每个多边形的面积与其像元面积之差不超过 5%：小多边形（单个像元）保留像元轮廓，且不会有多边形被删除。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="118"/>
        <source>Smooth outlines</source>
        <translation>平滑轮廓</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="119"/>
        <source>Pixel connectivity</source>
        <translation>像元连通性</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>4 (edges)</source>
        <translation>4 邻域（边相邻）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="24"/>
        <source>8 (edges and corners)</source>
        <translation>8 邻域（边和角相邻）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="122"/>
        <source>4 keeps bodies that touch only at a corner apart, as inventories do.</source>
        <translation>4 邻域会将仅在角点相接的对象分开，与编目的做法一致。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="125"/>
        <source>Acquisition date (YYYY-MM-DD)</source>
        <translation>获取日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="126"/>
        <source>Empty: read from the raster&apos;s metadata or product name.</source>
        <translation>留空：从栅格的元数据或产品名称中读取。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="128"/>
        <source>Outlines</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="130"/>
        <source>Polygons</source>
        <translation>多边形数</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="131"/>
        <source>Total area (km²)</source>
        <translation>总面积（km²）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="159"/>
        <source>{} {} outline(s), {:.4f} km² in all; acquisition date {}; areas {}</source>
        <translation>{} 个{}轮廓，总面积 {:.4f} km²；获取日期 {}；面积量算方式 {}</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="159"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="162"/>
        <source>{} outlines</source>
        <translation>{}轮廓</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="58"/>
        <source>Turns a glacier or lake mask (from 'Glacier mask', 'Lake mask' or 'Segment') into clean polygons with the attributes of a glacier inventory (after RGI 7).

Pixels of the class value are polygonized with GDAL; polygons smaller than the minimum area are removed; holes smaller than the hole area are filled (rock outcrops larger than that stay as holes); outlines are simplified with a tolerance in metres keeping topology, optionally smoothed, and repaired where invalid. Areas and distances are in m² and metres whatever the CRS: geographic rasters are measured on the ellipsoid.

Attributes: area_km2, perim_km, cenlon, cenlat (a point inside the polygon, WGS 84), src_date (from the raster's metadata or the parameter), class; with a DEM zmin_m, zmax_m, zmed_m, zmean_m, slope_deg, aspect_deg; with a probability raster mean_prob; and the provenance (source raster, threshold or model).

Lakes (class Lake) with glacier outlines: lake_type (supraglacial: more than half on a glacier; proglacial: within the proglacial distance of one; unconnected) and glac_dist_m, the distance to the nearest glacier in metres; with a DEM their elevation as above. Area change between two dates: outline the lakes of each date, then run Outline change on the two layers.</source>
        <translation>将冰川或湖泊掩膜（来自“冰川掩膜”“湖泊掩膜”或“分割”）转换为带有冰川编目属性（参照 RGI 7）的干净多边形。

用 GDAL 将类别值的像元多边形化；去除小于最小面积的多边形；填充小于孔洞面积的孔洞（更大的岩石露头保留为孔洞）；以米为单位的容差在保持拓扑的前提下简化轮廓，可选平滑，并修复无效之处。无论坐标系如何，面积和距离均以平方米和米计：地理坐标栅格在椭球面上量测。

属性：area_km2、perim_km、cenlon、cenlat（多边形内的一点，WGS 84）、src_date（来自栅格元数据或参数）、class；有 DEM 时 zmin_m、zmax_m、zmed_m、zmean_m、slope_deg、aspect_deg；有概率栅格时 mean_prob；以及来源信息（源栅格、阈值或模型）。

带冰川轮廓的湖泊（类别“湖泊”）：lake_type（冰面湖：一半以上位于冰川上；冰前湖：在冰前湖距离以内；不相连）和 glac_dist_m，即到最近冰川的距离（米）；有 DEM 时其高程如上。两个日期间的面积变化：分别提取每个日期的湖泊轮廓，然后对两个图层运行“轮廓变化”。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="87"/>
        <source>Glacier outlines (for lakes)</source>
        <translation>冰川轮廓（用于湖泊）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="89"/>
        <source>When outlining lakes: glacier outlines (e.g. from this algorithm on a glacier mask) give each lake its type (supraglacial: mostly on a glacier; proglacial: within the distance below; unconnected) and its distance to the nearest glacier, glac_dist_m.</source>
        <translation>提取湖泊轮廓时：冰川轮廓（例如本算法对冰川掩膜的结果）为每个湖泊给出类型（冰面湖：大部分位于冰川上；冰前湖：在下方距离以内；不相连）及其到最近冰川的距离 glac_dist_m。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="94"/>
        <source>Proglacial distance (m)</source>
        <translation>冰前湖距离（米）</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="97"/>
        <source>Lakes within this distance of a glacier are proglacial.</source>
        <translation>距冰川在此距离以内的湖泊为冰前湖。</translation>
    </message>
    <message>
        <location filename="../algorithms/outlines.py" line="149"/>
        <source>Glacier outlines are used only when outlining lakes: ignored.</source>
        <translation>冰川轮廓仅在提取湖泊轮廓时使用：已忽略。</translation>
    </message>
</context>
<context>
    <name>PrepareSceneAlgorithm</name>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Bilinear</source>
        <translation>双线性</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cubic</source>
        <translation>三次卷积</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Nearest neighbour</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>VRT over the product&apos;s files</source>
        <translation>基于产品文件的 VRT</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>GeoTIFF (a copy)</source>
        <translation>GeoTIFF（副本）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cloud and dilated cloud</source>
        <translation>云及扩展云</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cloud shadow</source>
        <translation>云阴影</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Cirrus</source>
        <translation>卷云</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>Saturated or defective</source>
        <translation>饱和或缺陷</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="57"/>
        <source>Prepare scene</source>
        <translation>准备场景</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="60"/>
        <source>Opens a product as downloaded and writes one multiband raster that every Glacier Mapper algorithm reads with its defaults: no band numbers or reflectance scaling to set.

Input: a Landsat Collection 2 folder, .tar archive or MTL file (.txt, .json, .xml; Level-2 surface reflectance or Level-1 top-of-atmosphere reflectance), a Sentinel-2 SAFE folder, .zip or MTD_MSIL2A.xml / MTD_MSIL1C.xml, a Sentinel-2 STAC item (.json beside its band files), or a folder of HLS v2.0 band files. Archives are read in place, not extracted. The sensor comes from the product.

Output: the reflective bands in the sensor&apos;s order, each described by band name and role (&quot;B3 green&quot;), with the scale and offset that give reflectance (Landsat C2 L2 x 2.75e-5 - 0.2, HLS x 1e-4, Sentinel-2 x 1e-4 with the offset of processing baseline 04.00 and later, Level-1 from the MTL and the sun elevation), nodata, and the sensor, product id, acquisition time, sun position and masked share as metadata. A VRT lies over the product&apos;s files (the product must stay where it is); a GeoTIFF is a copy. Sentinel-2 bands go onto one grid (20 m by default).

Quality masks: cloud, dilated cloud, cirrus and cloud shadow of Landsat QA_PIXEL (snow and water are never masked), saturated bands of QA_RADSAT (nodata only in the saturated band), HLS Fmask, Sentinel-2 SCL (saturated or defective, cloud shadow, cloud medium and high probability, cirrus) become nodata. The optional QA mask gives the reason per pixel: 1 fill, 2 cloud, 3 cloud shadow, 4 cirrus, 5 saturated or defective.</source>
        <translation>按下载时的形式打开产品，并写出一个多波段栅格，Glacier Mapper 的每个算法都能以默认参数读取它：无需设置波段编号或反射率缩放。

输入：Landsat Collection 2 文件夹、.tar 压缩包或 MTL 文件（.txt、.json、.xml；Level-2 地表反射率或 Level-1 大气层顶反射率），Sentinel-2 SAFE 文件夹、.zip 或 MTD_MSIL2A.xml / MTD_MSIL1C.xml，Sentinel-2 STAC 条目（位于其波段文件旁的 .json），或包含 HLS v2.0 波段文件的文件夹。压缩包就地读取，不解压。传感器由产品确定。

输出：按传感器顺序排列的反射波段，每个波段以波段名和用途描述（&quot;B3 green&quot;），带有换算为反射率的缩放和偏移（Landsat C2 L2 x 2.75e-5 - 0.2，HLS x 1e-4，Sentinel-2 x 1e-4，处理基线 04.00 及以后加上偏移，Level-1 取自 MTL 和太阳高度角），无数据值，以及作为元数据的传感器、产品编号、获取时间、太阳位置和掩膜比例。VRT 基于产品文件（产品须保持原位）；GeoTIFF 为副本。Sentinel-2 波段统一到一个网格（默认 20 米）。

质量掩膜：Landsat QA_PIXEL 的云、扩展云、卷云和云阴影（雪和水从不掩膜），QA_RADSAT 的饱和波段（仅在饱和波段中设为无数据），HLS Fmask，Sentinel-2 SCL（饱和或缺陷、云阴影、中高概率云、卷云）设为无数据。可选的 QA 掩膜给出每个像元的原因：1 填充，2 云，3 云阴影，4 卷云，5 饱和或缺陷。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="80"/>
        <source>Product (folder, archive or metadata file)</source>
        <translation>产品（文件夹、压缩包或元数据文件）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="80"/>
        <source>Products (*_MTL.txt *_MTL.json *_MTL.xml MTD_MSIL2A.xml MTD_MSIL1C.xml *.json *.tar *.zip *.tif);;All files (*)</source>
        <translation>产品 (*_MTL.txt *_MTL.json *_MTL.xml MTD_MSIL2A.xml MTD_MSIL1C.xml *.json *.tar *.zip *.tif);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="85"/>
        <source>Quality masks</source>
        <translation>质量掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="88"/>
        <source>What becomes nodata in the prepared scene, from the product&apos;s quality bands (QA_PIXEL, QA_RADSAT, Fmask, SCL); fill is always nodata. Clear the list to keep every pixel.</source>
        <translation>根据产品的质量波段（QA_PIXEL、QA_RADSAT、Fmask、SCL），在已准备场景中设为无数据的内容；填充值始终为无数据。清空列表则保留所有像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="92"/>
        <source>Require surface reflectance (Level-2)</source>
        <translation>要求地表反射率（Level-2）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="94"/>
        <source>Refuse Landsat Level-1 and Sentinel-2 L1C products (top-of-atmosphere).</source>
        <translation>拒绝 Landsat Level-1 和 Sentinel-2 L1C 产品（大气层顶）。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="96"/>
        <source>Sentinel-2 grid</source>
        <translation>Sentinel-2 网格</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="98"/>
        <source>The grid Sentinel-2 bands of other resolutions are resampled to.</source>
        <translation>其他分辨率的 Sentinel-2 波段重采样到的网格。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="100"/>
        <source>Resampling (Sentinel-2)</source>
        <translation>重采样（Sentinel-2）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="102"/>
        <source>How bands of another resolution are resampled; average suits the 10 m bands on the 20 m grid.</source>
        <translation>其他分辨率波段的重采样方式；平均适合将 10 米波段放到 20 米网格上。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="107"/>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="109"/>
        <source>Prepared scene</source>
        <translation>已准备场景</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="110"/>
        <source>QA mask (reason per pixel)</source>
        <translation>QA 掩膜（每像元原因）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="112"/>
        <source>Masked share</source>
        <translation>掩膜比例</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="113"/>
        <source>Product id</source>
        <translation>产品编号</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="114"/>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="135"/>
        <source>QA mask</source>
        <translation>QA 掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="141"/>
        <source>Product: {} ({}, sensor {}), acquired {}; sun azimuth {}, elevation {}</source>
        <translation>产品：{}（{}，传感器 {}），获取于 {}；太阳方位角 {}，高度角 {}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="144"/>
        <source>Bands: {}</source>
        <translation>波段：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="145"/>
        <source>Scaling: {}</source>
        <translation>缩放：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="147"/>
        <source>Grid of band {}; other bands resampled by &apos;{}&apos;</source>
        <translation>采用波段 {} 的网格；其他波段以“{}”重采样</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="152"/>
        <source>Quality masks: none applied</source>
        <translation>质量掩膜：未应用</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="154"/>
        <source>Masked: {} of {} pixels with data ({:.2%}); by reason: {}</source>
        <translation>已掩膜：{} / {} 个有数据像元（{:.2%}）；按原因：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="159"/>
        <source>Saturated in {}: {} pixels (nodata in that band)</source>
        <translation>{} 中饱和：{} 个像元（该波段设为无数据）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>20 m</source>
        <translation>20 米</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>10 m</source>
        <translation>10 米</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_scene.py" line="23"/>
        <source>60 m</source>
        <translation>60 米</translation>
    </message>
</context>
<context>
    <name>SegmentAlgorithm</name>
    <message>
        <location filename="../algorithms/segment.py" line="28"/>
        <source>Glacier</source>
        <translation>冰川</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="29"/>
        <source>Lake</source>
        <translation>湖泊</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="67"/>
        <source>Segment (U-Net, ONNX)</source>
        <translation>分割（U-Net，ONNX）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="70"/>
        <source>Runs a segmentation model (Deep U-Net for glaciers, attention U-Net for glacial lakes, or any model with a Glacier Mapper model card) over a whole scene in overlapping tiles.

The bands the model needs are found in the raster from the band descriptions or the sensor preset and converted to reflectance; derived channels such as NDSI are computed; each channel is normalised as the model card says. Tiles overlap and are blended with smooth weights, so there are no seams; tiles at the right and bottom edges are pulled back inside the raster; rasters smaller than a tile are padded by reflection. Nodata in any needed band is nodata in every output, and all-nodata tiles are skipped.

Device: auto tries TensorRT, then CUDA, then the CPU; the provider that ran is written to the log and the outputs&apos; metadata, and when a GPU was asked for but could not be used the log says why.

Outputs: probability (0-1), mask (class values, 255 nodata) and optionally confidence (1 - normalised entropy): low confidence shows where labels are worth correcting.</source>
        <translation>以相互重叠的图块在整景影像上运行分割模型（用于冰川的 Deep U-Net、用于冰湖的注意力 U-Net，或任何带有 Glacier Mapper 模型卡的模型）。

根据波段描述或传感器预设在栅格中找到模型所需的波段，并换算为反射率；计算 NDSI 等派生通道；按模型卡的说明对各通道进行归一化。图块相互重叠并以平滑权重融合，因此没有拼接缝；位于右侧和底部边缘的图块会回移到栅格内部；小于一个图块的栅格以镜像方式填充。任一所需波段为无数据的像元在所有输出中均为无数据，全部为无数据的图块会被跳过。

设备：auto 依次尝试 TensorRT、CUDA 和 CPU；实际运行的执行提供程序会写入日志和输出的元数据；若请求了 GPU 却无法使用，日志会说明原因。

输出：概率（0-1）、掩膜（类别值，255 为无数据），以及可选的置信度（1 - 归一化熵）：置信度低的位置提示标注值得修正。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="85"/>
        <source>Multispectral raster</source>
        <translation>多光谱栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="86"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="86"/>
        <source>Model file below</source>
        <translation>下方的模型文件</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="89"/>
        <source>A bundled model, a model trained with &apos;Train model&apos;, or a model file.</source>
        <translation>内置模型、用“训练模型”训练的模型，或模型文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="91"/>
        <source>Model file (.onnx)</source>
        <translation>模型文件（.onnx）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="93"/>
        <source>When given, it is used instead of the model chosen above (stable for scripts).</source>
        <translation>若提供，则代替上方所选模型使用（便于在脚本中稳定引用）。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Tile size (pixels, 0 = model card)</source>
        <translation>图块尺寸（像元，0 = 按模型卡）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Larger tiles see more context; a U-Net needs a multiple of 2 to the power of its depth.</source>
        <translation>图块越大，可见的上下文越多；U-Net 要求尺寸为 2 的（网络深度）次幂的整数倍。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Overlap (pixels, -1 = model card)</source>
        <translation>重叠（像元，-1 = 按模型卡）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Overlapping tiles are blended so objects cut by a tile edge are seen whole.</source>
        <translation>重叠的图块会被融合，使被图块边缘切断的对象能被完整识别。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Batch size (tiles)</source>
        <translation>批大小（图块数）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="96"/>
        <source>Tiles run together; larger is faster on a GPU.</source>
        <translation>同时运行的图块数；在 GPU 上越大越快。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="110"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="112"/>
        <source>auto: TensorRT, then CUDA, then CPU. cuda: CUDA, else the CPU with a warning.</source>
        <translation>auto：依次尝试 TensorRT、CUDA、CPU。cuda：使用 CUDA，不可用时改用 CPU 并给出警告。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="121"/>
        <source>Test-time augmentation (8 flips and rotations)</source>
        <translation>测试时增强（8 种翻转和旋转）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="123"/>
        <source>Averages the 8 dihedral transforms of each tile: smoother, 8 times slower.</source>
        <translation>对每个图块的 8 种二面体变换结果取平均：结果更平滑，但速度慢 8 倍。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="125"/>
        <source>Threshold (empty = model card)</source>
        <translation>阈值（留空 = 按模型卡）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="128"/>
        <source>Probability above which a pixel is the target (sigmoid models).</source>
        <translation>像元被判为目标的概率下限（sigmoid 模型）。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="130"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="131"/>
        <source>Mask</source>
        <translation>掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="202"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="134"/>
        <source>Execution provider used</source>
        <translation>所用执行提供程序</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="135"/>
        <source>Tiles run</source>
        <translation>已运行图块数</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="136"/>
        <source>All-nodata tiles skipped</source>
        <translation>跳过的全无数据图块数</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="152"/>
        <source>Choose a model, or give a model file (.onnx).</source>
        <translation>请选择一个模型，或提供模型文件（.onnx）。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="173"/>
        <source>Model: {}</source>
        <translation>模型：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="174"/>
        <source>onnxruntime: {}</source>
        <translation>onnxruntime：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="187"/>
        <source>Execution provider: {}</source>
        <translation>执行提供程序：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="188"/>
        <source>Tiles: {} run, {} all-nodata skipped, of {} ({} px, overlap {}); {:.1f} s</source>
        <translation>图块：运行 {} 个，跳过全无数据 {} 个，共 {} 个（{} 像元，重叠 {}）；{:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="34"/>
        <source>U-Net</source>
        <translation>U-Net</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="35"/>
        <source>attention U-Net</source>
        <translation>注意力 U-Net</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="198"/>
        <source>{} probability ({})</source>
        <translation>{}概率（{}）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="200"/>
        <source>{} mask ({})</source>
        <translation>{}掩膜（{}）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="32"/>
        <source>fp32 (full precision)</source>
        <translation>fp32（全精度）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="32"/>
        <source>int8 (quantised variant, where the model has one)</source>
        <translation>int8（量化版本，模型有此版本时）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="114"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="116"/>
        <source>int8 runs the model&apos;s quantised variant (&lt;name&gt;.int8.onnx beside it; the bundled models have one): a smaller file whose masks differ from fp32 on a small share of pixels, given in its model card.</source>
        <translation>int8 运行模型的量化版本（位于其旁的 &lt;name&gt;.int8.onnx；内置模型均有此版本）：文件更小，其掩膜与 fp32 在一小部分像素上不同，差异见其模型卡。</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="186"/>
        <source>Precision: {} ({})</source>
        <translation>精度：{}（{}）</translation>
    </message>
</context>
<context>
    <name>SetupAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="49"/>
        <source>Package index URL (empty: pip&apos;s own)</source>
        <translation>包索引 URL（留空：pip 自己的）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="51"/>
        <source>A mirror of PyPI, for networks that cannot reach pypi.org (pip --index-url).</source>
        <translation>PyPI 的镜像，用于无法访问 pypi.org 的网络（pip --index-url）。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="55"/>
        <source>QGIS&apos;s Python</source>
        <translation>QGIS 的 Python</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="56"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="57"/>
        <source>Something was installed</source>
        <translation>已安装了内容</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="61"/>
        <source>QGIS&apos;s Python: {} ({})</source>
        <translation>QGIS 的 Python：{}（{}）</translation>
    </message>
</context>
<context>
    <name>SetupTrainerAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>CPU (PyTorch&apos;s CPU wheels)</source>
        <translation>CPU（PyTorch 的 CPU 安装包）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA（NVIDIA GPU）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="27"/>
        <source>As the package index serves it (mirrors)</source>
        <translation>按包索引提供的版本（镜像）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="126"/>
        <source>Set up the trainer</source>
        <translation>设置训练器</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="129"/>
        <source>Creates the trainer&apos;s own Python environment (a venv with torch, onnx and numpy 2, from the plugin&apos;s pinned models/trainer/requirements.txt) in the folder glacier_mapper_trainer of your QGIS profile. &apos;Train model&apos; finds it there without any setting. It downloads about 1 GB (torch) and takes minutes; a second run with the same options does nothing. Cancelling stops pip; running it again completes the environment.

Torch build: CPU (the default; from PyTorch&apos;s CPU wheel index), CUDA (NVIDIA GPUs, several GB), or as your package index serves it (behind a mirror, with the package index URL).</source>
        <translation>在 QGIS 配置文件的 glacier_mapper_trainer 文件夹中创建训练器自己的 Python 环境（一个包含 torch、onnx 和 numpy 2 的 venv，依据插件固定版本的 models/trainer/requirements.txt）。“训练模型”无需任何设置即可找到它。需下载约 1 GB（torch），耗时数分钟；使用相同选项再次运行不做任何事。取消会停止 pip；再次运行会补全环境。

Torch 版本：CPU（默认；来自 PyTorch 的 CPU 安装包索引）、CUDA（NVIDIA GPU，数 GB），或按您的包索引提供的版本（在镜像后面，配合包索引 URL）。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="139"/>
        <source>Torch build</source>
        <translation>Torch 版本</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="147"/>
        <source>Trainer environment: {}</source>
        <translation>训练器环境：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="152"/>
        <source>Trainer environment ready in {:.0f} s: {}</source>
        <translation>训练器环境已在 {:.0f} 秒内就绪：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="155"/>
        <source>Nothing to do: the trainer environment is already set up: {}</source>
        <translation>无需操作：训练器环境已设置好：{}</translation>
    </message>
</context>
<context>
    <name>SpectralIndexAlgorithm</name>
    <message>
        <location filename="../algorithms/spectral_index.py" line="27"/>
        <source>Spectral index (NDSI, NDWI, MNDWI)</source>
        <translation>光谱指数（NDSI、NDWI、MNDWI）</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="30"/>
        <source>Computes a normalised-difference index from a multispectral raster, block by block.

NDSI = (Green - SWIR1) / (Green + SWIR1) separates snow and ice (bright in green, dark in SWIR) from rock and vegetation; its histogram over glaciated scenes is bimodal.
NDWI (McFeeters) = (Green - NIR) / (Green + NIR) marks open water.
MNDWI = (Green - SWIR1) / (Green + SWIR1) is numerically NDSI, used for water.

Values are converted to surface reflectance first (the offset changes the ratio). Pixels that are nodata in either band, or where the denominator is zero, are nodata (-9999) in the output.</source>
        <translation>从多光谱栅格逐块计算归一化差分指数。

NDSI（归一化差分积雪指数）= (Green - SWIR1) / (Green + SWIR1)，可将冰雪（绿波段亮、短波红外暗）与岩石和植被区分开；在冰川覆盖的影像上其直方图呈双峰分布。
NDWI（归一化差分水体指数，McFeeters）= (Green - NIR) / (Green + NIR)，用于识别开阔水体。
MNDWI（改进的归一化差分水体指数）= (Green - SWIR1) / (Green + SWIR1)，在数值上与 NDSI 相同，用于水体。

数值会先换算为地表反射率（偏移量会改变比值）。在任一波段为无数据、或分母为零的像元，在输出中为无数据（-9999）。</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="40"/>
        <source>Multispectral raster</source>
        <translation>多光谱栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="41"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="43"/>
        <source>NDSI for snow and glaciers, NDWI or MNDWI for water and glacial lakes.</source>
        <translation>NDSI 用于积雪和冰川，NDWI 或 MNDWI 用于水体和冰湖。</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="46"/>
        <source>Index raster</source>
        <translation>指数栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/spectral_index.py" line="55"/>
        <source>{}: {} valid pixels, {} nodata; range {:.3f} to {:.3f}, mean {:.3f}</source>
        <translation>{}：有效像元 {} 个，无数据 {} 个；范围 {:.3f} 至 {:.3f}，均值 {:.3f}</translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/train_model.py" line="71"/>
        <source>Train model</source>
        <translation>训练模型</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="74"/>
        <source>Trains a segmentation network on a chip folder from &apos;Export training chips&apos; with the bundled PyTorch trainer, which runs as a separate process in its own Python environment (Processing &gt; Options &gt; Providers &gt; Glacier Mapper &gt; Trainer Python).

Networks: the Deep U-Net of the glacier paper (3x3 convolutions with ReLU and batch norm, max pooling, transposed convolutions, skip connections, sigmoid) and the attention U-Net of the lake paper (attention gates on the skip connections). Optimiser: Adam with learning rate 1e-4 (lake paper) or Adadelta (glacier paper); loss: binary cross-entropy as both papers, Dice, or both. Pixels marked 255 in the chips (nodata, outside the area of interest) are left out of the loss.

The weights of the epoch with the best validation IoU are exported to ONNX with a full model card (bands, reflectance scaling, normalisation from the training chips, tile size, threshold, provenance and validation metrics), checked against PyTorch on real chips, and can be run at once with &apos;Segment&apos;. Models saved in the models folder of the settings appear in Segment&apos;s model list. The PyTorch weights (.pt) beside the model allow fine-tuning later. A report (HTML with loss and metric curves, and JSON) is written beside the model.

Cancelling stops the trainer and removes its partial files.</source>
        <translation>使用内置的 PyTorch 训练器，在“导出训练切片”生成的切片文件夹上训练分割网络。训练器在独立的 Python 环境中作为单独进程运行（处理 &gt; 选项 &gt; 提供程序 &gt; Glacier Mapper &gt; Trainer Python）。

网络：冰川论文的 Deep U-Net（带 ReLU 和批归一化的 3x3 卷积、最大池化、转置卷积、跳跃连接、sigmoid）和冰湖论文的注意力 U-Net（在跳跃连接上加入注意力门）。优化器：学习率 1e-4 的 Adam（冰湖论文）或 Adadelta（冰川论文）；损失函数：与两篇论文相同的二元交叉熵、Dice，或两者之和。切片中标记为 255 的像元（无数据、感兴趣区之外）不参与损失计算。

验证 IoU 最佳的轮次的权重会导出为 ONNX，并附带完整的模型卡（波段、反射率缩放、由训练切片得到的归一化参数、图块尺寸、阈值、来源信息和验证指标），在真实切片上与 PyTorch 结果核对，之后即可直接用“分割”运行。保存在设置中模型文件夹里的模型会出现在“分割”的模型列表中。模型旁的 PyTorch 权重（.pt）可供日后微调。训练报告（含损失和指标曲线的 HTML，以及 JSON）写在模型旁。

取消会终止训练器并删除其未完成的文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="92"/>
        <source>Chip folder</source>
        <translation>切片文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="94"/>
        <source>A folder written by &apos;Export training chips&apos; (manifest.json and chips/).</source>
        <translation>由“导出训练切片”写出的文件夹（manifest.json 和 chips/）。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="96"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Deep U-Net (glaciers)</source>
        <translation>Deep U-Net（冰川）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Attention U-Net (glacial lakes)</source>
        <translation>注意力 U-Net（冰湖）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="99"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="99"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="99"/>
        <source>Stop after epochs without improvement (0 = no)</source>
        <translation>连续多少轮无改进后停止（0 = 不提前停止）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="106"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Adam, lr 1e-4 (lake paper)</source>
        <translation>Adam，学习率 1e-4（冰湖论文）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Adadelta (glacier paper)</source>
        <translation>Adadelta（冰川论文）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="109"/>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Binary cross-entropy + Dice</source>
        <translation>二元交叉熵 + Dice</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="111"/>
        <source>Augment with flips and rotations</source>
        <translation>用翻转和旋转进行数据增强</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="113"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="115"/>
        <source>Fine-tune from model (.onnx with .pt beside it)</source>
        <translation>从已有模型微调（.onnx，旁边需有 .pt）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="115"/>
        <source>Models (*.onnx *.pt)</source>
        <translation>模型 (*.onnx *.pt)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="117"/>
        <source>Start from a bundled or earlier model&apos;s weights instead of random ones.</source>
        <translation>从内置模型或先前模型的权重开始，而不是随机初始化。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="120"/>
        <source>Learning rate (empty: the optimiser&apos;s)</source>
        <translation>学习率（留空：使用优化器默认值）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="122"/>
        <source>Weight of target pixels (rare targets)</source>
        <translation>目标像元权重（目标稀少时）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="124"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="126"/>
        <source>Channels of the first level</source>
        <translation>第一层通道数</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="128"/>
        <source>Depth (poolings)</source>
        <translation>深度（池化次数）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="130"/>
        <source>Inference tile size for the model card</source>
        <translation>写入模型卡的推理图块尺寸</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="132"/>
        <source>Default threshold for the model card</source>
        <translation>写入模型卡的默认阈值</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="135"/>
        <source>Model name (empty: the file name)</source>
        <translation>模型名称（留空：使用文件名）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="139"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="139"/>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="142"/>
        <source>Saved in the models folder of the settings, it appears in Segment&apos;s model list.</source>
        <translation>保存在设置中的模型文件夹里时，它会出现在“分割”的模型列表中。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="146"/>
        <source>Training report</source>
        <translation>训练报告</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="147"/>
        <source>Training report (JSON)</source>
        <translation>训练报告（JSON）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="148"/>
        <source>Best validation IoU</source>
        <translation>最佳验证 IoU</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="167"/>
        <source>&apos;{}&apos; has no PyTorch weights beside it ({}): fine-tuning needs them.</source>
        <translation>“{}”旁边没有 PyTorch 权重（{}）：微调需要这些权重。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="175"/>
        <source>The model must be saved as an .onnx file.</source>
        <translation>模型必须保存为 .onnx 文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="200"/>
        <source>Trainer Python: {}</source>
        <translation>训练器 Python：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="212"/>
        <source>Epoch {}/{}: train loss {:.4f}, validation loss {:.4f}, IoU {:.4f}, F1 {:.4f}, OA {:.4f} ({:.1f} s)</source>
        <translation>第 {}/{} 轮：训练损失 {:.4f}，验证损失 {:.4f}，IoU {:.4f}，F1 {:.4f}，OA {:.4f}（{:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="221"/>
        <source>Training on {}: {}</source>
        <translation>在 {} 上训练：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="223"/>
        <source>New best validation IoU {:.4f}</source>
        <translation>新的最佳验证 IoU {:.4f}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="225"/>
        <source>Exported {} (torch vs onnxruntime max difference {:.2e})</source>
        <translation>已导出 {}（torch 与 onnxruntime 的最大差异 {:.2e}）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="234"/>
        <source>Model written in {:.0f} s: {}</source>
        <translation>模型已写出，用时 {:.0f} 秒：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="203"/>
        <source>The chip folder has no validation chips ({} training chips): there is no validation score to choose the best epoch by. Export the chips again with a smaller chip size or stride.</source>
        <translation>切片文件夹中没有验证切片（{} 个训练切片）：没有验证分数可用来选择最佳轮次。请用更小的切片尺寸或步长重新导出切片。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="236"/>
        <source>Training report: {}</source>
        <translation>训练报告：{}</translation>
    </message>
</context>
<context>
    <name>WorkflowModel</name>
    <message>
        <location filename="../algorithms/workflows.py" line="39"/>
        <source>Workflows</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <location filename="../algorithms/workflows.py" line="12"/>
        <source>Map glaciers and lakes</source>
        <translation>冰川与冰湖制图</translation>
    </message>
    <message>
        <location filename="../algorithms/workflows.py" line="31"/>
        <source>This workflow runs on QGIS&apos;s main thread, as QGIS 3.22 runs every model: the window does not respond between progress updates while it runs. Cancel stops the step that is running and the steps after it.</source>
        <translation>此工作流在 QGIS 的主线程上运行，QGIS 3.22 运行所有模型都是如此：运行期间窗口在进度更新之间不响应。取消会停止正在运行的步骤及其后的步骤。</translation>
    </message>
</context>
</TS>
