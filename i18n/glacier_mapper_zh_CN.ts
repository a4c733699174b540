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
        <location filename="../algorithms/base.py" line="99"/>
        <source>Style not applied: {}</source>
        <translation>未能应用样式：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="165"/>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="178"/>
        <source>{} band (override)</source>
        <translation>{}波段（手动指定）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="183"/>
        <source>Leave empty to take the band from the descriptions or the sensor preset.</source>
        <translation>留空则根据波段描述或传感器预设确定该波段。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="187"/>
        <source>Reflectance scaling</source>
        <translation>反射率缩放</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Scale factor (override)</source>
        <translation>缩放因子（手动指定）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Multiplies the stored values; empty: from the preset.</source>
        <translation>与存储值相乘；留空：取自预设。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Offset (override)</source>
        <translation>偏移量（手动指定）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Added after scaling; empty: from the preset.</source>
        <translation>在缩放之后相加；留空：取自预设。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="208"/>
        <source>Landsat MTL file (for TOA scaling)</source>
        <translation>Landsat MTL 文件（用于 TOA 缩放）</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="211"/>
        <source>The *_MTL.txt file of a Level-1 scene, read when the scaling is TOA from MTL.</source>
        <translation>Level-1 景的 *_MTL.txt 文件，在缩放方式为“读取 MTL 文件的 TOA”时读取。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="231"/>
        <source>The input raster must be a file GDAL can read (GeoTIFF, VRT, ...), not a &apos;{}&apos; layer.</source>
        <translation>输入栅格必须是 GDAL 可读取的文件（GeoTIFF、VRT 等），而不是“{}”图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="275"/>
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
        <location filename="../algorithms/base.py" line="221"/>
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
        <location filename="../algorithms/base.py" line="169"/>
        <source>Sensor that acquired the raster. It gives the band positions (Landsat 8/9 OLI: green B3, NIR B5, SWIR1 B6) and the default reflectance scaling. Bands are found from the band descriptions first (B3, B03, SR_B3, green), so a 6-band HLS stack starting at B2 maps right. The default reads the sensor from a prepared scene&apos;s metadata or the band and file names (HLS S30, Sentinel-2), else takes Landsat 8/9 OLI.</source>
        <translation>获取该栅格的传感器。它决定波段位置（Landsat 8/9 OLI：绿 B3、近红外 B5、短波红外1 B6）和默认的反射率缩放。优先根据波段描述（B3、B03、SR_B3、green）查找波段，因此从 B2 开始的 6 波段 HLS 堆栈也能正确对应。默认从已准备场景的元数据或波段名与文件名（HLS S30、Sentinel-2）读取传感器，否则取 Landsat 8/9 OLI。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="190"/>
        <source>How stored values become surface reflectance. Indices need it because the offset changes the ratio: Landsat C2 L2 is DN x 2.75e-5 - 0.2, HLS and Sentinel-2 are x 1e-4, TOA reads the MTL file. The default takes the bands&apos; scale and offset from the raster (as Prepare scene writes them), else the scaling its file names give (HLS), else the sensor&apos;s usual product; a scaling that leaves many values outside reflectance is reported with the one that fits.</source>
        <translation>存储值如何换算为地表反射率。指数需要它，因为偏移会改变比值：Landsat C2 L2 为 DN x 2.75e-5 - 0.2，HLS 和 Sentinel-2 为 x 1e-4，TOA 读取 MTL 文件。默认取栅格中各波段的缩放和偏移（如“准备场景”所写），否则取文件名所示的缩放（HLS），否则取该传感器的常用产品；若缩放使大量数值超出反射率范围，会报告并给出合适的缩放。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="123"/>
        <source>This algorithm needs the Python package(s) {} in QGIS's Python. Run Glacier Mapper › Set-up › Install dependencies (glaciermapper:installdependencies) once, then run this algorithm again.</source>
        <translation>此算法需要 QGIS 的 Python 中有 Python 包 {}。请先运行一次 Glacier Mapper › 设置 › 安装依赖项（glaciermapper:installdependencies），然后重新运行此算法。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="53"/>
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
    <name>GlacierMapperCore</name>
    <message>
        <location filename="../core/accuracy/area_estimate.py" line="55"/>
        <source>A mapped class has no reference pixel: its accuracy, hence the adjusted area, cannot be estimated.</source>
        <translation>某个制图类别没有参考像元：无法估计其精度，因而也无法估计校正面积。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/area_estimate.py" line="98"/>
        <source>The prediction raster is rotated: pixel areas cannot be computed. Warp it to a north-up grid (gdalwarp) first.</source>
        <translation>预测栅格是旋转的：无法计算像元面积。请先将其重投影到正北朝上的格网（gdalwarp）。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="124"/>
        <source>The prediction raster has no valid pixel in a sample of its values: it seems to be all nodata. Check its nodata value.</source>
        <translation>预测栅格的抽样值中没有有效像元：它似乎全是无数据。请检查其无数据值。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="131"/>
        <source>The prediction&apos;s values run from {low:g} to {high:g}: neither a probability (0 to 1) nor a normalised index (-1 to 1). Choose the score kind &apos;mask&apos; for a class raster, or rescale the scores.</source>
        <translation>预测值范围为 {low:g} 到 {high:g}：既不是概率（0 到 1），也不是归一化指数（-1 到 1）。类别栅格请选择得分类型 'mask'，或重新缩放得分。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="203"/>
        <source>Give exactly one reference: a mask raster or a polygon layer.</source>
        <translation>请只给出一个参考：掩膜栅格或多边形图层。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="213"/>
        <source>No reference polygon overlaps the prediction: every pixel is a reference negative.</source>
        <translation>没有参考多边形与预测重叠：每个像元都是参考负例。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="221"/>
        <source>Only one of the prediction and the reference has a CRS: the grids are taken as equal.</source>
        <translation>预测和参考中只有一个有坐标参考系：视两者格网相同。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="225"/>
        <source>The reference raster is not on the prediction&apos;s grid (prediction: {grid_text}; reference: {grid_text2}). Align it onto the prediction&apos;s grid (Raster &gt; Align Rasters, or gdalwarp with the prediction&apos;s extent and pixel size and -r near), give the reference as polygons, or allow resampling the reference by nearest neighbour.</source>
        <translation>参考栅格不在预测的格网上（预测：{grid_text}；参考：{grid_text2}）。请将其对齐到预测格网（栅格 &gt; 对齐栅格，或用 gdalwarp 按预测的范围和像元大小并加 -r near），或以多边形给出参考，或允许按最近邻重采样参考。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="231"/>
        <source>The reference raster was resampled by nearest neighbour onto the prediction&apos;s grid; pixels at class borders may have changed class.</source>
        <translation>参考栅格已按最近邻重采样到预测格网；类别边界处的像元可能改变了类别。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="244"/>
        <source>The area of interest does not overlap the prediction raster. Check its CRS and extent.</source>
        <translation>研究区与预测栅格不重叠。请检查其坐标参考系和范围。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="252"/>
        <source>Thresholds apply to probability or index rasters; the prediction is a class mask. Remove the thresholds or choose the score kind &apos;probability&apos; or &apos;index&apos;.</source>
        <translation>阈值适用于概率或指数栅格；预测是类别掩膜。请删除阈值，或选择得分类型 'probability' 或 'index'。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="343"/>
        <source>Unknown criterion &apos;{criterion}&apos;: choose one of {criteria}.</source>
        <translation>未知准则 '{criterion}'：请从 {criteria} 中选择。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="283"/>
        <source>Unknown score kind &apos;{score_kind}&apos;: choose one of {score_kinds}.</source>
        <translation>未知得分类型 '{score_kind}'：请从 {score_kinds} 中选择。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="298"/>
        <source>The prediction has {band_count} bands: only band 1 is assessed.</source>
        <translation>预测有 {band_count} 个波段：只评估波段 1。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="311"/>
        <source>The prediction has no CRS: areas are not computed.</source>
        <translation>预测没有坐标参考系：不计算面积。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="348"/>
        <source>Give the score kind of the arrays: &apos;mask&apos;, &apos;probability&apos; or &apos;index&apos;.</source>
        <translation>请给出数组的得分类型：'mask'、'probability' 或 'index'。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="353"/>
        <source>{size} scores but {size2} reference labels: give one label per score.</source>
        <translation>{size} 个得分但有 {size2} 个参考标签：请每个得分给一个标签。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="362"/>
        <source>No score is valid: every value is NaN or infinite.</source>
        <translation>没有有效得分：每个值都是 NaN 或无穷大。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="376"/>
        <source>No pixel of the prediction lies inside the area of interest.</source>
        <translation>预测没有像元位于研究区内。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="378"/>
        <source>The prediction has no valid pixel inside the area of interest: every pixel there is nodata. Check the prediction&apos;s nodata value.</source>
        <translation>预测在研究区内没有有效像元：那里的每个像元都是无数据。请检查预测的无数据值。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="380"/>
        <source>No pixel has both a valid prediction and a valid reference inside the area of interest: check that the reference covers the prediction and its nodata value.</source>
        <translation>研究区内没有同时具有有效预测和有效参考的像元：请检查参考是否覆盖预测，以及其无数据值。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="429"/>
        <source>The criterion &apos;{criterion}&apos; is undefined at every threshold; the metrics are reported at {threshold:g}.</source>
        <translation>准则 '{criterion}' 在所有阈值下都无定义；指标按 {threshold:g} 报告。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="435"/>
        <source>The reference has no target pixel in the assessed area: MA, recall and IoU are undefined.</source>
        <translation>参考在评估区域内没有目标像元：MA、召回率和 IoU 无定义。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="438"/>
        <source>The reference has no non-target pixel in the assessed area.</source>
        <translation>参考在评估区域内没有非目标像元。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/assessment.py" line="463"/>
        <source>Scores run from {minimum:g} to {maximum:g}, beyond the {kind} range {lo:g} to {hi:g}: the AUC treats the scores beyond it as ties (its error bound says by how much this can matter).</source>
        <translation>得分范围为 {minimum:g} 到 {maximum:g}，超出 {kind} 的范围 {lo:g} 到 {hi:g}：AUC 将超出部分视为并列（其误差界说明这可能有多大影响）。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/metrics.py" line="140"/>
        <source>The threshold &apos;{value}&apos; is not a number.</source>
        <translation>阈值 '{value}' 不是数字。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/metrics.py" line="143"/>
        <source>The threshold {value:g} is outside the range of a {what}, {lo:g} to {hi:g}. Give thresholds between {lo:g} and {hi:g}.</source>
        <translation>阈值 {value:g} 超出 {what} 的范围 {lo:g} 到 {hi:g}。请给出 {lo:g} 到 {hi:g} 之间的阈值。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/metrics.py" line="148"/>
        <source>The list of thresholds is empty.</source>
        <translation>阈值列表为空。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/report.py" line="36"/>
        <source>The output folder &apos;{folder}&apos; does not exist. Create it or choose another path.</source>
        <translation>输出文件夹 '{folder}' 不存在。请创建它或选择其他路径。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/report.py" line="39"/>
        <source>The output path &apos;{path}&apos; is a folder. Give a file name.</source>
        <translation>输出路径 '{path}' 是文件夹。请给出文件名。</translation>
    </message>
    <message>
        <location filename="../core/accuracy/report.py" line="47"/>
        <source>Cannot write &apos;{path}&apos;: {strerror}. Choose another path.</source>
        <translation>无法写入 '{path}'：{strerror}。请选择其他路径。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="335"/>
        <source>Cannot move the finished output into place at &apos;{path}&apos;: {error}.</source>
        <translation>无法将完成的输出移动到 '{path}'：{error}。</translation>
    </message>
    <message>
        <location filename="../core/environment/dependencies.py" line="120"/>
        <source>Unknown onnxruntime build {choice!r}: one of {builds}.</source>
        <translation>未知的 onnxruntime 版本 {choice!r}：可选 {builds}。</translation>
    </message>
    <message>
        <location filename="../core/environment/dependencies.py" line="133"/>
        <source>QGIS&apos;s Python {python} could not list its packages:
{stderr}</source>
        <translation>QGIS 的 Python {python} 无法列出其软件包：
{stderr}</translation>
    </message>
    <message>
        <location filename="../core/environment/dependencies.py" line="207"/>
        <source>QGIS&apos;s Python {python} has no pip. Install it (Debian and Ubuntu: sudo apt install python3-pip), then run this again.</source>
        <translation>QGIS 的 Python {python} 没有 pip。请先安装（Debian 和 Ubuntu：sudo apt install python3-pip），然后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="98"/>
        <source>pip failed (exit code {returncode}):
{output}</source>
        <translation>pip 失败（退出码 {returncode}）：
{output}</translation>
    </message>
    <message>
        <location filename="../core/environment/interpreter.py" line="82"/>
        <source>QGIS&apos;s Python {version}.{version2} was not found (looked for {candidates}).</source>
        <translation>未找到 QGIS 的 Python {version}.{version2}（查找了 {candidates}）。</translation>
    </message>
    <message>
        <location filename="../core/environment/processes.py" line="82"/>
        <source>Cancelled: {args} was stopped.</source>
        <translation>已取消：{args} 已停止。</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="29"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>用户已取消；未写入任何输出。</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="40"/>
        <source>The {what} &apos;{path}&apos; has no coordinate reference system. Assign it one (e.g. gdal_edit.py -a_srs EPSG:32611) and run again.</source>
        <translation>{what} '{path}' 没有坐标参考系。请为其指定一个（例如 gdal_edit.py -a_srs EPSG:32611）后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="45"/>
        <source>The mask has no coordinate reference system, so the {what} cannot be placed on it. Assign the mask its CRS (e.g. gdal_edit.py -a_srs EPSG:32611) and run again.</source>
        <translation>掩膜没有坐标参考系，因此无法将{what}放置其上。请为掩膜指定坐标参考系（例如 gdal_edit.py -a_srs EPSG:32611）后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="63"/>
        <source>The {what} &apos;{path}&apos; does not overlap the mask: in the mask&apos;s CRS it spans x {fx0:.0f}..{fx1:.0f}, y {fy0:.0f}..{fy1:.0f}, the mask x {tx0:.0f}..{tx1:.0f}, y {ty0:.0f}..{ty1:.0f}. Give a {what} that covers the mapped area.</source>
        <translation>{what} '{path}' 与掩膜不重叠：在掩膜的坐标参考系中其范围为 x {fx0:.0f}..{fx1:.0f}、y {fy0:.0f}..{fy1:.0f}，掩膜为 x {tx0:.0f}..{tx1:.0f}、y {ty0:.0f}..{ty1:.0f}。请给出覆盖制图区域的{what}。</translation>
    </message>
    <message>
        <location filename="../core/geo/dem_grid.py" line="71"/>
        <source>The {what} covers {overlap:.1f} % of the mask; statistics use the part it covers.</source>
        <translation>{what}覆盖了掩膜的 {overlap:.1f} %；统计仅使用其覆盖的部分。</translation>
    </message>
    <message>
        <location filename="../core/geo/geodesy.py" line="45"/>
        <source>Cannot read the coordinate reference system &apos;{crs}&apos;.</source>
        <translation>无法读取坐标参考系 '{crs}'。</translation>
    </message>
    <message>
        <location filename="../core/geo/geodesy.py" line="122"/>
        <source>The data have no coordinate reference system, so areas in m² cannot be computed. Assign the right CRS to the raster (e.g. with gdal_edit.py -a_srs) and run again.</source>
        <translation>数据没有坐标参考系，因此无法计算以 m² 为单位的面积。请为栅格指定正确的坐标参考系（例如用 gdal_edit.py -a_srs）后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="79"/>
        <source>The polygon layer &apos;{name}&apos; has no CRS; its coordinates lie within the raster&apos;s extent, so they are taken to be in the raster&apos;s CRS ({crs_name}). Assign the layer its CRS (Layer Properties &gt; Source) to be sure.</source>
        <translation>多边形图层 '{name}' 没有坐标参考系；其坐标位于栅格范围内，因此视为栅格的坐标参考系（{crs_name}）。为稳妥起见，请为图层指定坐标参考系（图层属性 &gt; 源）。</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="82"/>
        <source>The polygon layer &apos;{name}&apos; has no CRS (coordinate reference system), and its coordinates (x {min_x:.6g} to {max_x:.6g}, y {min_y:.6g} to {max_y:.6g}) do not lie within the raster&apos;s extent (x {xs:.6g} to {xs2:.6g}, y {ys:.6g} to {ys2:.6g}, {crs_name}), so they cannot be placed on the imagery. Assign the layer the CRS it was drawn in (Layer Properties &gt; Source &gt; Assigned Coordinate Reference System, or Processing &gt; Vector general &gt; Assign projection) and run again.</source>
        <translation>多边形图层 '{name}' 没有坐标参考系，且其坐标（x {min_x:.6g} 到 {max_x:.6g}，y {min_y:.6g} 到 {max_y:.6g}）不在栅格范围内（x {xs:.6g} 到 {xs2:.6g}，y {ys:.6g} 到 {ys2:.6g}，{crs_name}），因此无法放置到影像上。请为图层指定其绘制时的坐标参考系（图层属性 &gt; 源 &gt; 指定坐标参考系，或 处理 &gt; 矢量通用 &gt; 指定投影）后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="147"/>
        <source>The layer has no field &apos;{class_field}&apos;. Its fields are: {fields}.</source>
        <translation>图层没有字段 '{class_field}'。其字段为：{fields}。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="155"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="163"/>
        <source>The raster has no CRS: the polygons&apos; coordinates are taken as they are.</source>
        <translation>栅格没有坐标参考系：多边形坐标按原样使用。</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="189"/>
        <source>{repaired} invalid polygon(s) were repaired before rasterizing.</source>
        <translation>栅格化前修复了 {repaired} 个无效多边形。</translation>
    </message>
    <message>
        <location filename="../core/geo/rasterize.py" line="192"/>
        <source>{dropped} polygon(s) had no valid area and were left out.</source>
        <translation>{dropped} 个多边形没有有效面积，已被略去。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="44"/>
        <source>model card: {message}</source>
        <translation>模型卡：{message}</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="237"/>
        <source>{key} must be a finite number, not {value!r}.</source>
        <translation>{key} 必须是有限数值，而不是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="244"/>
        <source>{key} must be a whole number, not {value!r}.</source>
        <translation>{key} 必须是整数，而不是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="247"/>
        <source>{key} must be at least {minimum}, not {value!r}.</source>
        <translation>{key} 至少为 {minimum}，而不是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="254"/>
        <source>{key} must be a non-empty list of numbers, one per input channel.</source>
        <translation>{key} 必须是非空的数字列表，每个输入通道一个。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="261"/>
        <source>{key} must be a non-empty string, not {value!r}.</source>
        <translation>{key} 必须是非空字符串，而不是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="268"/>
        <source>{key} is {value!r}; it must be one of: {choices}.</source>
        <translation>{key} 为 {value!r}；必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="275"/>
        <source>input.normalization must be an object such as {&quot;kind&quot;: &quot;meanstd&quot;, &quot;mean&quot;: [...], &quot;std&quot;: [...]}.</source>
        <translation>input.normalization 必须是对象，例如 {&quot;kind&quot;: &quot;meanstd&quot;, &quot;mean&quot;: [...], &quot;std&quot;: [...]}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="281"/>
        <source>input.normalization.{key} is missing (kind meanstd needs mean and std).</source>
        <translation>缺少 input.normalization.{key}（kind meanstd 需要 mean 和 std）。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="287"/>
        <source>input.normalization.{key} is missing (kind minmax needs min and max).</source>
        <translation>缺少 input.normalization.{key}（kind minmax 需要 min 和 max）。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="295"/>
        <source>input.reflectance must be an object such as {&quot;preset&quot;: &quot;landsat_c2l2&quot;, &quot;scale&quot;: 2.75e-5, &quot;offset&quot;: -0.2}.</source>
        <translation>input.reflectance 必须是对象，例如 {&quot;preset&quot;: &quot;landsat_c2l2&quot;, &quot;scale&quot;: 2.75e-5, &quot;offset&quot;: -0.2}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="304"/>
        <source>classes must be a non-empty list of {&quot;value&quot;, &quot;name&quot;} objects.</source>
        <translation>classes 必须是由 {&quot;value&quot;, &quot;name&quot;} 对象组成的非空列表。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="309"/>
        <source>classes[{i}] must be an object with &apos;value&apos; and &apos;name&apos;.</source>
        <translation>classes[{i}] 必须是含 'value' 和 'name' 的对象。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="324"/>
        <source>the text stored under &apos;{card_key}&apos; is not valid JSON ({error}).</source>
        <translation>存储在 '{card_key}' 下的文本不是有效的 JSON（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="329"/>
        <source>the card must be a JSON object.</source>
        <translation>模型卡必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="332"/>
        <source>required key(s) missing: {missing}.</source>
        <translation>缺少必需的键：{missing}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="337"/>
        <source>input.bands must be a non-empty list of band roles such as [&quot;Green&quot;, &quot;SWIR1&quot;].</source>
        <translation>input.bands 必须是非空的波段角色列表，例如 [&quot;Green&quot;, &quot;SWIR1&quot;]。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="341"/>
        <source>input.derived must be a list drawn from {derived_channels}.</source>
        <translation>input.derived 必须是取自 {derived_channels} 的列表。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="348"/>
        <source>architecture must be an object with at least a &apos;name&apos;.</source>
        <translation>architecture 必须是至少含 'name' 的对象。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="394"/>
        <source>schema is {schema!r}; this plugin reads {schema2!r}. Re-export the model with a matching trainer or update the plugin.</source>
        <translation>schema 为 {schema!r}；本插件读取 {schema2!r}。请用匹配的训练器重新导出模型，或更新插件。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="402"/>
        <source>input.bands[{i}] is {band!r}; band roles are: {roles}.</source>
        <translation>input.bands[{i}] 为 {band!r}；波段角色为：{roles}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="406"/>
        <source>input.bands lists a band twice: {bands}.</source>
        <translation>input.bands 重复列出了波段：{bands}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="410"/>
        <source>input.derived[{i}] is {name!r}; derived channels are: {derived_channels}.</source>
        <translation>input.derived[{i}] 为 {name!r}；派生通道为：{derived_channels}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="422"/>
        <source>input.normalization.{key} has {values} value(s) but the model takes {channels} channel(s) ({bands} band(s) + {derived} derived).</source>
        <translation>input.normalization.{key} 有 {values} 个值，但模型接收 {channels} 个通道（{bands} 个波段 + {derived} 个派生）。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="428"/>
        <source>input.normalization.std must be positive for every channel: {std}.</source>
        <translation>input.normalization.std 对每个通道都必须为正：{std}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="431"/>
        <source>input.normalization.max must be greater than min for every channel.</source>
        <translation>input.normalization.max 对每个通道都必须大于 min。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="434"/>
        <source>tile.size must be positive, not {size}.</source>
        <translation>tile.size 必须为正，而不是 {size}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="437"/>
        <source>tile.overlap ({overlap}) must be at least 0 and less than tile.size ({size}).</source>
        <translation>tile.overlap（{overlap}）必须不小于 0 且小于 tile.size（{size}）。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="441"/>
        <source>tile.size {size} is not a multiple of {multiple}, which architecture {name} of depth {depth} needs.</source>
        <translation>tile.size {size} 不是 {multiple} 的倍数，而架构 {name}（深度 {depth}）需要如此。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="447"/>
        <source>output.threshold must lie strictly between 0 and 1, not {threshold}.</source>
        <translation>output.threshold 必须严格介于 0 和 1 之间，而不是 {threshold}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="451"/>
        <source>classes has repeated values: {values}.</source>
        <translation>classes 有重复值：{values}。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="453"/>
        <source>classes values must be 0-254 (255 is the mask&apos;s nodata value).</source>
        <translation>classes 的值必须为 0-254（255 是掩膜的无数据值）。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="455"/>
        <source>a sigmoid model has two classes (background and {target}), but classes lists {count}.</source>
        <translation>sigmoid 模型有两个类别（背景和 {target}），但 classes 列出了 {count} 个。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="459"/>
        <source>a softmax model needs at least two classes.</source>
        <translation>softmax 模型至少需要两个类别。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="461"/>
        <source>architecture.in_channels is {in_channels} but input.bands + input.derived give {channels} channel(s).</source>
        <translation>architecture.in_channels 为 {in_channels}，但 input.bands + input.derived 给出 {channels} 个通道。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="465"/>
        <source>input.bands + input.derived give {channels} channel(s) ({derived}), but the ONNX input takes {input_channels}. The card does not belong to this network.</source>
        <translation>input.bands + input.derived 给出 {channels} 个通道（{derived}），但 ONNX 输入接收 {input_channels} 个。该模型卡不属于此网络。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="508"/>
        <source>The model file &apos;{onnx_path}&apos; does not exist.</source>
        <translation>模型文件 '{onnx_path}' 不存在。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="538"/>
        <source>&apos;{onnx_path}&apos; is not a valid ONNX model ({error}). Give an .onnx file exported by the trainer.</source>
        <translation>'{onnx_path}' 不是有效的 ONNX 模型（{error}）。请给出训练器导出的 .onnx 文件。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="542"/>
        <source>&apos;{onnx_path}&apos; is not a valid ONNX model (no ir_version or graph). Give an .onnx file exported by the trainer.</source>
        <translation>'{onnx_path}' 不是有效的 ONNX 模型（没有 ir_version 或计算图）。请给出训练器导出的 .onnx 文件。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="552"/>
        <source>{source} has no Glacier Mapper model card (ONNX metadata key &apos;{card_key}&apos;). Export the model with the Glacier Mapper trainer, or add the card to its metadata_props (see models/README.md).</source>
        <translation>{source} 没有 Glacier Mapper 模型卡（ONNX 元数据键 '{card_key}'）。请用 Glacier Mapper 训练器导出模型，或将模型卡加入其 metadata_props（见 models/README.md）。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="576"/>
        <source>The model file &apos;{path}&apos; is a folder. Give the .onnx model file inside it.{found}</source>
        <translation>模型文件 '{path}' 是文件夹。请给出其中的 .onnx 模型文件。{found}</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="581"/>
        <source> The ONNX model &apos;{onnx}&apos; lies beside it: give that file.</source>
        <translation>ONNX 模型 '{onnx}' 就在旁边：请给出该文件。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="583"/>
        <source>The model file &apos;{path}&apos; is a PyTorch checkpoint, not an ONNX model; the plugin runs ONNX models only.{beside} Export it to ONNX with &apos;Train model&apos; (fine-tune from it) or the trainer (python -m trainer train ... --out model.onnx), then give the .onnx file.</source>
        <translation>模型文件 '{path}' 是 PyTorch 检查点，不是 ONNX 模型；本插件只运行 ONNX 模型。{beside}请用“训练模型”（以其为起点微调）或训练器（python -m trainer train ... --out model.onnx）导出为 ONNX，然后给出 .onnx 文件。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="588"/>
        <source>The model file &apos;{path}&apos; is not an ONNX model (.onnx). Give a .onnx file exported by the trainer.</source>
        <translation>模型文件 '{path}' 不是 ONNX 模型（.onnx）。请给出训练器导出的 .onnx 文件。</translation>
    </message>
    <message>
        <location filename="../core/inference/model_card.py" line="591"/>
        <source>The model file &apos;{path}&apos; does not exist. Check the path, or choose a bundled model.</source>
        <translation>模型文件 '{path}' 不存在。请检查路径，或选择内置模型。</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="170"/>
        <source>no NVIDIA driver or CUDA device was found on this machine.</source>
        <translation>本机未找到 NVIDIA 驱动或 CUDA 设备。</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="171"/>
        <source>onnxruntime could not initialise it on this machine&apos;s GPU (check the CUDA and cuDNN versions).</source>
        <translation>onnxruntime 无法在本机 GPU 上初始化它（请检查 CUDA 和 cuDNN 版本）。</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="212"/>
        <source>onnxruntime cannot load the model &apos;{model_path}&apos;: {message}. Check that it is an ONNX file exported by the trainer and that it is not damaged.</source>
        <translation>onnxruntime 无法加载模型 '{model_path}'：{message}。请检查它是否为训练器导出的 ONNX 文件且未损坏。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="94"/>
        <source>Unknown device &apos;{device}&apos;. Choose one of: {devices}.</source>
        <translation>未知设备 '{device}'。请从以下选择：{devices}。</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="229"/>
        <source>onnxruntime is not installed in QGIS&apos;s Python ({error}). Install it with &apos;python -m pip install onnxruntime&apos; (or onnxruntime-gpu for NVIDIA GPUs).</source>
        <translation>QGIS 的 Python 中未安装 onnxruntime（{error}）。请用 'python -m pip install onnxruntime' 安装（NVIDIA GPU 用 onnxruntime-gpu）。</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="239"/>
        <source>{short} not used: {provider} is not available in this onnxruntime build (install onnxruntime-gpu for NVIDIA GPUs).</source>
        <translation>未使用 {short}：此 onnxruntime 版本不提供 {provider}（NVIDIA GPU 请安装 onnxruntime-gpu）。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="97"/>
        <source>Unknown blend &apos;{blend}&apos;. Choose one of: {blends}.</source>
        <translation>未知融合方式 '{blend}'。请从以下选择：{blends}。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="100"/>
        <source>The batch size must be at least 1, not {batch_size}.</source>
        <translation>批大小至少为 1，而不是 {batch_size}。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="103"/>
        <source>The probability threshold must lie strictly between 0 and 1, not {threshold}.</source>
        <translation>概率阈值必须严格介于 0 和 1 之间，而不是 {threshold}。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="120"/>
        <source>The network&apos;s input is {static_h} x {static_w} pixels; the plugin needs square tiles. Export the model with dynamic or square spatial dimensions.</source>
        <translation>网络输入为 {static_h} x {static_w} 像元；插件需要正方形图块。请以动态或正方形空间维度导出模型。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="125"/>
        <source>The network only accepts {static_h} x {static_h} tiles; tile size {tile} cannot be used. Set the tile size to {static_h} or leave it empty.</source>
        <translation>网络只接受 {static_h} x {static_h} 的图块；不能使用图块大小 {tile}。请将图块大小设为 {static_h} 或留空。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="132"/>
        <source>Tile size {tile} does not suit the network: {name} of depth {depth} halves the tile {depth} times, so the tile size must be a multiple of {multiple} (e.g. {lower} or {multiple2}).</source>
        <translation>图块大小 {tile} 不适合该网络：{name} 的深度为 {depth}，会将图块减半 {depth} 次，因此图块大小必须是 {multiple} 的倍数（例如 {lower} 或 {multiple2}）。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="142"/>
        <source>The overlap ({overlap} px) must be at least 0 and less than the tile size ({tile} px).</source>
        <translation>重叠（{overlap} px）必须不小于 0 且小于图块大小（{tile} px）。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="196"/>
        <source>Tile size {tile} px needs about {needed:.1f} GiB of memory ({tile} x {tile} px x {channels} channels x 4 bytes per tile, batches of {batch}, and strips {tile} rows high across the raster), but only {available:.1f} GiB is available.{larger} Set a smaller tile size (the usual is 256 to 1024 px) or a smaller batch size.</source>
        <translation>图块大小 {tile} px 约需 {needed:.1f} GiB 内存（每个图块 {tile} x {tile} px x {channels} 个通道 x 4 字节，批大小 {batch}，以及横跨栅格、高 {tile} 行的条带），但只有 {available:.1f} GiB 可用。{larger}请设置更小的图块大小（通常为 256 到 1024 px）或更小的批大小。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="208"/>
        <source>The network has {count} inputs ({inputs}); the plugin feeds one image tensor [N, C, H, W].</source>
        <translation>网络有 {count} 个输入（{inputs}）；插件只输入一个图像张量 [N, C, H, W]。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="213"/>
        <source>The model card names the output &apos;{name}&apos;, but the network&apos;s outputs are: {outputs}. Set output.name in the card to one of them (re-export the model with the trainer), rather than have the plugin guess which one holds the probabilities.</source>
        <translation>模型卡将输出命名为 '{name}'，但网络的输出为：{outputs}。请将模型卡中的 output.name 设为其中之一（用训练器重新导出模型），而不要让插件猜测哪个输出是概率。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="237"/>
        <source>The raster&apos;s pixels are {pixel:.3g} m, the model &apos;{name}&apos; was trained on {resolution_m:g} m pixels: expect poor results. Resample the raster to {resolution_m:g} m first.</source>
        <translation>栅格像元为 {pixel:.3g} m，模型 '{name}' 在 {resolution_m:g} m 像元上训练：结果可能较差。请先将栅格重采样到 {resolution_m:g} m。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="390"/>
        <source>onnxruntime could not run the model on a batch of shape {shape} ({provider}): {error}. Check the tile size and the batch size.</source>
        <translation>onnxruntime 无法在形状为 {shape} 的批上运行模型（{provider}）：{error}。请检查图块大小和批大小。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="408"/>
        <source>The network returned an output of shape {shape} for a batch of shape {shape2}; the card&apos;s output.kind &apos;{kind}&apos; means {expected}. The card does not describe this network.</source>
        <translation>网络输出的形状为 {shape}，对应的批形状为 {shape2}；模型卡的 output.kind '{kind}' 意味着 {expected}。该模型卡未描述此网络。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="414"/>
        <source>The network&apos;s output ranges from {finite_min:.3g} to {finite_max:.3g}, but the card says output.kind {kind}: probabilities in 0-1. Export the model with its final {activation} included.</source>
        <translation>网络输出范围为 {finite_min:.3g} 到 {finite_max:.3g}，但模型卡的 output.kind 为 {kind}：即 0-1 的概率。请导出包含最后 {activation} 层的模型。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="627"/>
        <source>No output was requested: give a path for the probability, the mask or the confidence raster.</source>
        <translation>未请求任何输出：请为概率、掩膜或置信度栅格给出路径。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="631"/>
        <source>Two outputs have the same path: give each output its own file.</source>
        <translation>两个输出路径相同：请为每个输出指定各自的文件。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="659"/>
        <source>The model &apos;{model}&apos; needs the bands {needed}. {error}</source>
        <translation>模型 '{model}' 需要波段 {needed}。{error}</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="663"/>
        <source>The model was trained on {label} data; the raster is read as {label2}.</source>
        <translation>模型在 {label} 数据上训练；该栅格按 {label2} 读取。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="676"/>
        <source>The network takes batches of exactly {batch} tiles; batch size {batch_size} was replaced.</source>
        <translation>网络只接受恰好 {batch} 个图块的批；批大小 {batch_size} 已被替换。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="679"/>
        <source>The raster ({width} x {height} px) is smaller than one {tile} px tile: it is padded by reflection for the model.</source>
        <translation>栅格（{width} x {height} px）小于一个 {tile} px 图块：已为模型做镜像填充。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="683"/>
        <source>The threshold is not used: this model has a softmax output, each pixel gets the class of highest probability.</source>
        <translation>不使用阈值：该模型为 softmax 输出，每个像元取概率最高的类别。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="722"/>
        <source>Every tile is nodata in at least one band the model needs: the outputs are all nodata. Check the band numbers and the raster&apos;s nodata value.</source>
        <translation>每个图块在模型所需的至少一个波段中都是无数据：输出全为无数据。请检查波段号和栅格的无数据值。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="726"/>
        <source>Most valid pixels have a {label} reflectance above {limit} after scaling ({scaling}): the raster&apos;s values are probably not reflectance. Choose the reflectance scaling of the product (e.g. Landsat Collection 2 Level-2 or HLS).</source>
        <translation>大多数有效像元的 {label} 反射率高于 {limit}（缩放后，{scaling}）：栅格的值可能不是反射率。请选择该产品的反射率缩放（例如 Landsat Collection 2 Level-2 或 HLS）。</translation>
    </message>
    <message>
        <location filename="../core/inference/segment.py" line="733"/>
        <source>The network returned NaN or infinite values for {nonfinite} valid pixel(s); they are nodata in the outputs.</source>
        <translation>网络对 {nonfinite} 个有效像元返回了 NaN 或无穷值；它们在输出中为无数据。</translation>
    </message>
    <message>
        <location filename="../core/io/atomic.py" line="55"/>
        <source>no space left on device in &apos;{folder}&apos; ({value} bytes free); free some space there or choose an output folder on another disk</source>
        <translation>'{folder}' 所在设备空间不足（剩余 {value} 字节）；请在那里释放空间，或选择其他磁盘上的输出文件夹</translation>
    </message>
    <message>
        <location filename="../core/io/atomic.py" line="58"/>
        <source>the system gave no reason</source>
        <translation>系统未给出原因</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="207"/>
        <source>The output &apos;{label}&apos; is &apos;{text}&apos;, a path on a GDAL virtual file system; outputs are written to files on disk. Choose another output file, such as a .tif in a folder of yours.</source>
        <translation>输出“{label}”为 '{text}'，是 GDAL 虚拟文件系统中的路径；输出须写入磁盘文件。请选择其他输出文件，例如您某个文件夹中的 .tif。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="215"/>
        <source>The output &apos;{label}&apos; is &apos;{path}&apos;, but Glacier Mapper writes rasters as GeoTIFF only, and a GeoTIFF under another name is read wrongly by other programs. Use .tif: choose a file name such as &apos;{stem}.tif&apos;.</source>
        <translation>输出“{label}”为 '{path}'，但 Glacier Mapper 只以 GeoTIFF 写栅格，而其他名称的 GeoTIFF 会被其他程序误读。请使用 .tif：选择如 '{stem}.tif' 的文件名。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="219"/>
        <source>The output &apos;{label}&apos; is &apos;{path}&apos;, but this output is written as {extensions} only. Choose a file name such as &apos;{stem}{extension}&apos;.</source>
        <translation>输出“{label}”为 '{path}'，但该输出只写为 {extensions}。请选择如 '{stem}{extension}' 的文件名。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="224"/>
        <source>The output &apos;{label}&apos; is &apos;{text}&apos;, a layer inside a file; Glacier Mapper writes the whole file, with its own layer names. Give a plain file name, such as &apos;{stem}.gpkg&apos;.</source>
        <translation>输出“{label}”为 '{text}'，是文件中的一个图层；Glacier Mapper 会写整个文件并使用自己的图层名。请给出普通文件名，例如 '{stem}.gpkg'。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="233"/>
        <source>The output &apos;{label}&apos; is &apos;{path}&apos;: {error}</source>
        <translation>输出“{label}”为 '{path}'：{error}</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="254"/>
        <source> A GeoPackage output rewrites the file that this input is read from.</source>
        <translation>GeoPackage 输出会重写该输入所读取的文件。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="257"/>
        <source>The output &apos;{label}&apos; ({path}) {how} the input &apos;{label2}&apos; ({path2}): writing it would destroy the input.{detail} Choose another output file.</source>
        <translation>输出“{label}”（{path}）{how}输入“{label2}”（{path2}）：写入它会破坏输入。{detail}请选择其他输出文件。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="263"/>
        <source>The output folder &apos;{label}&apos; ({path}) holds the input &apos;{label2}&apos; ({path2}): writing the folder would destroy the input. Choose another output folder, outside the folders of the inputs.</source>
        <translation>输出文件夹“{label}”（{path}）包含输入“{label2}”（{path2}）：写入该文件夹会破坏输入。请选择输入所在文件夹之外的其他输出文件夹。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="268"/>
        <source>The output &apos;{label}&apos; ({path}) is part of the input folder &apos;{label2}&apos; ({path2}): writing it would change the input. Choose another output {kind}.</source>
        <translation>输出“{label}”（{path}）位于输入文件夹“{label2}”（{path2}）中：写入它会改变输入。请选择其他输出{kind}。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="268"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="268"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="306"/>
        <source> Each GeoPackage output rewrites its file, so two outputs of one run cannot share one.</source>
        <translation>每个 GeoPackage 输出都会重写其文件，因此一次运行的两个输出不能共用一个文件。</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="309"/>
        <source>The outputs &apos;{label}&apos; ({path}) and &apos;{label2}&apos; ({path2}) would be written to the same file: the second would replace the first.{detail} Choose another output file for one of them.</source>
        <translation>输出“{label}”（{path}）和“{label2}”（{path2}）会写入同一文件：后者会替换前者。{detail}请为其中一个选择其他输出文件。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="104"/>
        <source>No input raster was given.</source>
        <translation>未给出输入栅格。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="106"/>
        <source>The raster &apos;{path}&apos; does not exist.</source>
        <translation>栅格 '{path}' 不存在。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="110"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({error}). Give a GeoTIFF or another raster file.</source>
        <translation>'{path}' 不是 GDAL 可读取的栅格（{error}）。请给出 GeoTIFF 或其他栅格文件。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="113"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read. Give a GeoTIFF or another raster file.</source>
        <translation>'{path}' 不是 GDAL 可读取的栅格。请给出 GeoTIFF 或其他栅格文件。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="192"/>
        <source>Band {index} does not exist: &apos;{path}&apos; has {band_count} band(s).</source>
        <translation>波段 {index} 不存在：'{path}' 有 {band_count} 个波段。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="213"/>
        <source>The output folder &apos;{folder}&apos; does not exist. Create it or choose another output path.</source>
        <translation>输出文件夹 '{folder}' 不存在。请创建它或选择其他输出路径。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="240"/>
        <source>The output path &apos;{path}&apos; is a folder. Give a file name ending in .tif.</source>
        <translation>输出路径 '{path}' 是文件夹。请给出以 .tif 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="247"/>
        <source>Cannot write to the folder &apos;{folder}&apos; ({strerror}). Choose a folder you can write to.</source>
        <translation>无法写入文件夹 '{folder}'（{strerror}）。请选择您可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/io/raster.py" line="268"/>
        <source>Cannot create &apos;{path}&apos;: {reason}. Choose another output path.</source>
        <translation>无法创建 '{path}'：{reason}。请选择其他输出路径。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="300"/>
        <source>Cannot write &apos;{path}&apos;: {reason}. Nothing was written there; an earlier file at that path is unchanged.</source>
        <translation>无法写入 '{path}'：{reason}。未写入任何内容；该路径下原有的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="80"/>
        <source>No OGR vector format writes files ending in &apos;.{extension}&apos;. Use .gpkg (GeoPackage), .shp, .geojson or .fgb.</source>
        <translation>没有 OGR 矢量格式写以 '.{extension}' 结尾的文件。请使用 .gpkg（GeoPackage）、.shp、.geojson 或 .fgb。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="99"/>
        <source>Cannot add a layer to the GeoPackage &apos;{path}&apos;: {reason}.</source>
        <translation>无法向 GeoPackage '{path}' 添加图层：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="107"/>
        <source>&apos;{path}&apos; exists and is not a GeoPackage, so no layer can be added to it. Choose another file name, or move that file away first.</source>
        <translation>'{path}' 已存在且不是 GeoPackage，因此无法向其添加图层。请选择其他文件名，或先移走该文件。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="125"/>
        <source>No vector layer was given.</source>
        <translation>未给出矢量图层。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="131"/>
        <source>The vector file &apos;{source}&apos; does not exist.</source>
        <translation>矢量文件 '{source}' 不存在。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="136"/>
        <source>&apos;{source}&apos; is not a vector file OGR can read ({error}).</source>
        <translation>'{source}' 不是 OGR 可读取的矢量文件（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="140"/>
        <source>&apos;{source}&apos; has no vector layer OGR can read.</source>
        <translation>'{source}' 没有 OGR 可读取的矢量图层。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="146"/>
        <source>&apos;{source}&apos; has no layer named &apos;{layer_name}&apos;. Its layers are: {names}.</source>
        <translation>'{source}' 没有名为 '{layer_name}' 的图层。其图层为：{names}。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="216"/>
        <source>Cannot write to the folder &apos;{folder}&apos; (permission denied). Choose another folder.</source>
        <translation>无法写入文件夹 '{folder}'（权限不足）。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="219"/>
        <source>The output path &apos;{path}&apos; is a folder. Give a file name such as outlines.gpkg.</source>
        <translation>输出路径 '{path}' 是文件夹。请给出如 outlines.gpkg 的文件名。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="237"/>
        <source>Cannot create &apos;{path}&apos; as {driver_name}: {reason}.</source>
        <translation>无法创建 '{path}'（格式 {driver_name}）：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="242"/>
        <source>Cannot create &apos;{path}&apos; as {driver_name}.</source>
        <translation>无法创建 '{path}'（格式 {driver_name}）。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="258"/>
        <source>Cannot create the layer &apos;{name}&apos; in &apos;{path}&apos;: {reason}.</source>
        <translation>无法创建图层 '{name}'（位于 '{path}'）：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="325"/>
        <source>Cannot finish writing &apos;{path}&apos;: {reason}. Nothing was written there; an earlier file at that path is unchanged.</source>
        <translation>无法完成写入 '{path}'：{reason}。未写入任何内容；该路径下原有的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../core/io/vector.py" line="367"/>
        <source>{driver_name} shortens field names: {pairs}. Use GeoPackage (.gpkg) to keep the full names.</source>
        <translation>{driver_name} 会截短字段名：{pairs}。请使用 GeoPackage（.gpkg）以保留完整名称。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="113"/>
        <source>The layer of date {which} (&apos;{path}&apos;) holds {geometry}s, not polygons. Give glacier or lake outlines (polygons).</source>
        <translation>日期 {which} 的图层（'{path}'）包含 {geometry}s，而不是多边形。请给出冰川或湖泊轮廓（多边形）。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="128"/>
        <source>The outlines of date {which} have no CRS: their coordinates are taken to be in the CRS of date A.</source>
        <translation>日期 {which} 的轮廓没有坐标参考系：其坐标视为日期 A 的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="133"/>
        <source>{count} outline(s) of date {which} have no area and were left out.</source>
        <translation>{count} 个日期 {which} 的轮廓没有面积，已被略去。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="147"/>
        <source>The outlines of date {which} have {dates} different dates ({first} to {last}); rates use each object&apos;s own date and the summary the most common one, {date}.</source>
        <translation>日期 {which} 的轮廓有 {dates} 个不同日期（{first} 到 {last}）；速率使用各对象自身的日期，汇总使用最常见的日期 {date}。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="241"/>
        <source>Unknown change geometry &apos;{geometry}&apos;: use one of {geometries}.</source>
        <translation>未知变化几何 '{geometry}'：请使用 {geometries} 之一。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="245"/>
        <source>The stable band ({stable_pct}) must be a percentage of 0 or more, such as 1.</source>
        <translation>稳定带（{stable_pct}）必须是不小于 0 的百分比，例如 1。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="254"/>
        <source>The outlines of date A (&apos;{path_a}&apos;) have no CRS, so areas cannot be measured. Assign the right CRS to the layer and run again.</source>
        <translation>日期 A 的轮廓（'{path_a}'）没有坐标参考系，因此无法量算面积。请为图层指定正确的坐标参考系后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="261"/>
        <source>Date B ({date_b}) is before date A ({date_a}). Give the older outlines as A and the newer as B.</source>
        <translation>日期 B（{date_b}）早于日期 A（{date_a}）。请将较早的轮廓作为 A，较新的作为 B。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="267"/>
        <source>The dates of A and B are unknown (no src_date field and no date given): rates per year are left empty.</source>
        <translation>A 和 B 的日期未知（没有 src_date 字段，也未给出日期）：每年速率留空。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="270"/>
        <source>The date of {which} is unknown (no src_date field and no date given): rates per year are left empty.</source>
        <translation>{which} 的日期未知（没有 src_date 字段，也未给出日期）：每年速率留空。</translation>
    </message>
    <message>
        <location filename="../core/outlines/change.py" line="273"/>
        <source>Both dates are the same: rates per year are left empty.</source>
        <translation>两个日期相同：每年速率留空。</translation>
    </message>
    <message>
        <location filename="../core/outlines/lake_attributes.py" line="56"/>
        <source>The glacier outlines &apos;{path}&apos; do not exist.</source>
        <translation>冰川轮廓 '{path}' 不存在。</translation>
    </message>
    <message>
        <location filename="../core/outlines/lake_attributes.py" line="65"/>
        <source>The glacier outlines &apos;{path}&apos; have no coordinate reference system. Assign them one and run again.</source>
        <translation>冰川轮廓 '{path}' 没有坐标参考系。请为其指定一个后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/outlines/lake_attributes.py" line="75"/>
        <source>The proglacial distance {proglacial_distance_m} must be 0 or more metres.</source>
        <translation>冰前距离 {proglacial_distance_m} 必须不小于 0 米。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="131"/>
        <source>The class value must be a whole number such as 1, not {class_value!r}.</source>
        <translation>类别值必须是整数（如 1），而不是 {class_value!r}。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="136"/>
        <source>The {name} ({value}) must be a number of metres (m²) of 0 or more.</source>
        <translation>{name}（{value}）必须是不小于 0 的米数（m²）。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="139"/>
        <source>Connectivity must be 4 (pixels joined through edges) or 8 (also through corners), not {connectivity}.</source>
        <translation>连通性必须为 4（像元经边相连）或 8（也经角相连），而不是 {connectivity}。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="143"/>
        <source>Smoothing iterations must be between 1 and 6.</source>
        <translation>平滑迭代次数必须在 1 到 6 之间。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="145"/>
        <source>The smoothing distance ({smooth_m}) must be a number of metres above 0.</source>
        <translation>平滑距离（{smooth_m}）必须是大于 0 的米数。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="148"/>
        <source>Unknown area method &apos;{area_method}&apos;: use auto, ellipsoidal or planar.</source>
        <translation>未知面积方法 '{area_method}'：请使用 auto、ellipsoidal 或 planar。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="157"/>
        <source>&apos;{name}&apos; has {band_count} bands ({types}): it is not a class mask but imagery, it seems. MASK must be a single-band class mask (whole numbers, e.g. 1 glacier, 0 other, 255 nodata) such as the output of &apos;Glacier mask&apos; (ndsiglaciermask), &apos;Lake mask&apos; or &apos;Segment&apos;. Make the mask from the imagery first, then outline it.</source>
        <translation>'{name}' 有 {band_count} 个波段（{types}）：它似乎不是类别掩膜而是影像。MASK 必须是单波段类别掩膜（整数，例如 1 冰川、0 其他、255 无数据），如“冰川掩膜”（ndsiglaciermask）、“湖泊掩膜”或“分割”的输出。请先由影像生成掩膜，再提取其轮廓。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="163"/>
        <source>&apos;{name}&apos; is a {data_types} raster, not a class mask. MASK must be a single-band class mask (UInt8 classes, e.g. 1 glacier, 0 other, 255 nodata) from &apos;Glacier mask&apos; (ndsiglaciermask) or &apos;Segment&apos;; a probability raster goes in the probability input.</source>
        <translation>'{name}' 是 {data_types} 栅格，不是类别掩膜。MASK 必须是单波段类别掩膜（UInt8 类别，例如 1 冰川、0 其他、255 无数据），来自“冰川掩膜”（ndsiglaciermask）或“分割”；概率栅格应放入概率输入。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="168"/>
        <source>The mask &apos;{mask_path}&apos; has no coordinate reference system, so outline areas cannot be measured. Assign it one (e.g. gdal_edit.py -a_srs EPSG:32611) and run again.</source>
        <translation>掩膜 '{mask_path}' 没有坐标参考系，因此无法量算轮廓面积。请为其指定一个（例如 gdal_edit.py -a_srs EPSG:32611）后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="173"/>
        <source>The class value {class_value} is the mask&apos;s nodata value. Choose the value of the class to outline (e.g. 1).</source>
        <translation>类别值 {class_value} 是掩膜的无数据值。请选择要提取轮廓的类别值（例如 1）。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="246"/>
        <source>more than {count} different values, so this is not a class mask, it seems (give the output of &apos;Glacier mask&apos; or &apos;Segment&apos;)</source>
        <translation>超过 {count} 个不同值，因此这似乎不是类别掩膜（请给出“冰川掩膜”或“分割”的输出）</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="249"/>
        <source>the valid values present are: {values}</source>
        <translation>存在的有效值为：{values}</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="249"/>
        <source>none (all nodata)</source>
        <translation>无（全为无数据）</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="251"/>
        <source>The mask has no pixel of class {class_value} ({class_name}); {values}. The output layer is empty.</source>
        <translation>掩膜没有类别 {class_value}（{class_name}）的像元；{values}。输出图层为空。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="488"/>
        <source>No acquisition date was found in the mask&apos;s metadata or name: src_date is empty. Set the source date so outlines of different dates can be compared.</source>
        <translation>在掩膜的元数据或名称中未找到获取日期：src_date 为空。请设置源日期，以便比较不同日期的轮廓。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="522"/>
        <source>The probability raster &apos;{probability_path}&apos; is not on the mask&apos;s grid (size and geotransform differ). Give the probability raster written with this mask.</source>
        <translation>概率栅格 '{probability_path}' 不在掩膜的格网上（大小和地理变换不同）。请给出与该掩膜一同写出的概率栅格。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="527"/>
        <source>The output layer needs a name, e.g. outlines.</source>
        <translation>输出图层需要名称，例如 outlines。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="531"/>
        <source>The mask&apos;s projection distorts areas strongly here; areas and lengths are measured on the ellipsoid instead.</source>
        <translation>掩膜的投影在此处面积变形很大；改为在椭球面上量算面积和长度。</translation>
    </message>
    <message>
        <location filename="../core/outlines/outlines.py" line="554"/>
        <source>No outline of class {class_value} reaches the minimum area of {min_area_m2:g} m²; the output layer is empty.</source>
        <translation>没有类别 {class_value} 的轮廓达到最小面积 {min_area_m2:g} m²；输出图层为空。</translation>
    </message>
    <message>
        <location filename="../core/region/inventory.py" line="98"/>
        <source>The outlines &apos;{path}&apos; have no CRS: assign one and run again.</source>
        <translation>轮廓 '{path}' 没有坐标参考系：请指定一个后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/region/inventory.py" line="111"/>
        <source>No scene outlines were given: give the outlines of one or more scenes.</source>
        <translation>未给出场景轮廓：请给出一个或多个场景的轮廓。</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="46"/>
        <source>No input scenes were given. Give one or more raster files.</source>
        <translation>未给出输入场景。请给出一个或多个栅格文件。</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="50"/>
        <source>The input &apos;{path}&apos; does not exist.</source>
        <translation>输入 '{path}' 不存在。</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="52"/>
        <source>The input &apos;{path}&apos; does not exist (and {count} more).</source>
        <translation>输入 '{path}' 不存在（另有 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="56"/>
        <source>Several inputs would share one output folder (same file and folder names): rename them so that each scene has its own name.</source>
        <translation>多个输入会共用一个输出文件夹（文件名和文件夹名相同）：请重命名，使每个场景有自己的名称。</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="206"/>
        <source>Cannot reach the Dask scheduler {scheduler}: {error}</source>
        <translation>无法连接 Dask 调度器 {scheduler}：{error}</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="206"/>
        <source>of the local cluster</source>
        <translation>（本地集群）</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="59"/>
        <source>Unknown glacier method &apos;{glaciers}&apos;: use ndsi or unet.</source>
        <translation>未知冰川方法 '{glaciers}'：请使用 ndsi 或 unet。</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="62"/>
        <source>Unknown lake method &apos;{lakes}&apos;: use ndwi or unet.</source>
        <translation>未知湖泊方法 '{lakes}'：请使用 ndwi 或 unet。</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="68"/>
        <source>The DEM &apos;{dem}&apos; does not exist. Give a DEM raster file.</source>
        <translation>DEM '{dem}' 不存在。请给出 DEM 栅格文件。</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="86"/>
        <source>&apos;{text}&apos; is a product: it is prepared into the scene&apos;s folder, which was not given.</source>
        <translation>'{text}' 是一个产品：它会被预处理到场景文件夹中，但未给出该文件夹。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="81"/>
        <source>&apos;{folder}&apos; holds no finished scene folder (with done.json): give the output folder of &apos;glacier-mapper map&apos; or Map scenes.</source>
        <translation>'{folder}' 中没有已完成的场景文件夹（含 done.json）：请给出 'glacier-mapper map' 或“批量制图”的输出文件夹。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="93"/>
        <source>Dates are read from the scene folders of a &apos;map&apos; output: give no --dates with it.</source>
        <translation>日期从 'map' 输出的场景文件夹中读取：此时请勿给出 --dates。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="97"/>
        <source>{files} outline files but {dates} dates: give one date per file, in order.</source>
        <translation>{files} 个轮廓文件但有 {dates} 个日期：请按顺序为每个文件给出一个日期。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="102"/>
        <source>The outlines &apos;{path}&apos; do not exist. Give outline files or a &apos;map&apos; output folder.</source>
        <translation>轮廓 '{path}' 不存在。请给出轮廓文件或 'map' 输出文件夹。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="118"/>
        <source>The outlines &apos;{path}&apos; have no CRS, so areas cannot be measured. Assign the right CRS and run again.</source>
        <translation>轮廓 '{path}' 没有坐标参考系，因此无法量算面积。请指定正确的坐标参考系后再次运行。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="124"/>
        <source>The outlines &apos;{path}&apos; have no date (no src_date field or layer date): give the date of each layer.</source>
        <translation>轮廓 '{path}' 没有日期（没有 src_date 字段或图层日期）：请给出每个图层的日期。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="130"/>
        <source>Two outline layers have the same date: give one layer per date (merge scenes of one date into one inventory first).</source>
        <translation>两个轮廓图层日期相同：请每个日期给一个图层（先将同一日期的场景合并为一个编目）。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="213"/>
        <source>A time series needs outlines of at least two dates.</source>
        <translation>时间序列至少需要两个日期的轮廓。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="215"/>
        <source>The hidden share {max_hidden} must be at least 0 and below 1 (e.g. 0.25).</source>
        <translation>遮挡比例 {max_hidden} 必须不小于 0 且小于 1（例如 0.25）。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries.py" line="220"/>
        <source>No clear-sky mask for {path} ({date}): every lake is taken as observed at that date.</source>
        <translation>{path}（{date}）没有晴空掩膜：每个湖泊都视为在该日期被观测到。</translation>
    </message>
    <message>
        <location filename="../core/region/timeseries_outputs.py" line="110"/>
        <source>Cannot create the output folder &apos;{out_dir}&apos;: {strerror}.</source>
        <translation>无法创建输出文件夹 '{out_dir}'：{strerror}。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="87"/>
        <source>The scene size {width} x {height} is not valid: give a width and height of at least 1 pixel.</source>
        <translation>场景大小 {width} x {height} 无效：请给出至少 1 像元的宽度和高度。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="90"/>
        <source>The pixel size {pixel_size} is not valid: give a positive size in metres (30 for Landsat).</source>
        <translation>像元大小 {pixel_size} 无效：请给出以米为单位的正值（Landsat 为 30）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="93"/>
        <source>The sun elevation {sun_elevation} degrees is outside {min_sun_elevation:g}-{max_sun_elevation:g} degrees. Give a sun elevation in that range (Landsat summer scenes of mountains have about 30-65).</source>
        <translation>太阳高度角 {sun_elevation} 度超出 {min_sun_elevation:g}-{max_sun_elevation:g} 度。请给出该范围内的太阳高度角（山区夏季 Landsat 场景约为 30-65）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="99"/>
        <source>years_later is {years_later}: give 0 or a positive number of years.</source>
        <translation>years_later 为 {years_later}：请给出 0 或正的年数。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="102"/>
        <source>A nodata border of {nodata_border} pixels does not fit a {width} x {height} scene: give 0 or less than half the smaller side.</source>
        <translation>{nodata_border} 像元的无数据边框放不进 {width} x {height} 的场景：请给出 0 或小于较短边的一半。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="115"/>
        <source>EPSG:{epsg} is not a known coordinate reference system. Give a projected CRS in metres such as a UTM zone (EPSG:32645 for the central Himalaya).</source>
        <translation>EPSG:{epsg} 不是已知的坐标参考系。请给出以米为单位的投影坐标系，例如 UTM 带（喜马拉雅中段为 EPSG:32645）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="119"/>
        <source>EPSG:{epsg} is not a projected CRS in metres. Give one such as a UTM zone (EPSG:32645 for the central Himalaya).</source>
        <translation>EPSG:{epsg} 不是以米为单位的投影坐标系。请给出一个，例如 UTM 带（喜马拉雅中段为 EPSG:32645）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="247"/>
        <source>Cannot create the output folder &apos;{out_dir}&apos;: {error}. Choose another folder.</source>
        <translation>无法创建输出文件夹 '{out_dir}'：{error}。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../core/sensors/acquisition_date.py" line="57"/>
        <source>The {what} &apos;{value}&apos; is not a date. Write it as YYYY-MM-DD, e.g. 2020-08-16.</source>
        <translation>{what} '{value}' 不是日期。请写成 YYYY-MM-DD，例如 2020-08-16。</translation>
    </message>
    <message>
        <location filename="../core/sensors/acquisition_date.py" line="121"/>
        <source>The date {date} comes from {key}, which is often the date the file was written rather than the acquisition date; set the source date if it is wrong.</source>
        <translation>日期 {date} 来自 {key}，这常常是文件写入日期而非获取日期；如有误请设置源日期。</translation>
    </message>
    <message>
        <location filename="../core/sensors/band_stack.py" line="23"/>
        <source>Band files not found: {missing}.</source>
        <translation>未找到波段文件：{missing}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="42"/>
        <source>{label} has no {band} band.</source>
        <translation>{label} 没有 {band} 波段。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="120"/>
        <source>Unknown reflectance scaling &apos;{key}&apos;. Choose one of: {scaling_keys}.</source>
        <translation>未知反射率缩放 '{key}'。请从以下选择：{scaling_keys}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="123"/>
        <source>TOA scaling needs the Landsat MTL file: give its path (core.sensors.mtl.toa_scaling).</source>
        <translation>TOA 缩放需要 Landsat MTL 文件：请给出其路径（core.sensors.mtl.toa_scaling）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="133"/>
        <source>Unknown sensor &apos;{key}&apos;. Choose one of: {sensor_keys}.</source>
        <translation>未知传感器 '{key}'。请从以下选择：{sensor_keys}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="192"/>
        <source>The raster&apos;s band descriptions ({foreign}) name bands that {label} does not have: the raster seems to come from another sensor. Choose the sensor that made it.</source>
        <translation>栅格的波段描述（{foreign}）中有 {label} 没有的波段：该栅格似乎来自其他传感器。请选择拍摄它的传感器。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="202"/>
        <source>{label} band index {index} is out of range: the raster has {band_count} band(s). Give a band number from 1 to {band_count}.</source>
        <translation>{label} 波段序号 {index} 超出范围：栅格只有 {band_count} 个波段。请给出 1 到 {band_count} 之间的波段号。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="208"/>
        <source>Band {index} is described as &apos;{descriptions}&apos;, which is not the {label} band of {label2} ({band}). Check the band number or the sensor.</source>
        <translation>波段 {index} 的描述为 '{descriptions}'，不是 {label} 波段（{label2} 的 {band}）。请检查波段号或传感器。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="216"/>
        <source>The Custom sensor has no band positions: set the {label} band number explicitly, or give the raster band descriptions such as &apos;{label}&apos;.</source>
        <translation>自定义传感器没有波段位置：请明确设置 {label} 波段号，或为栅格给出如 '{label}' 的波段描述。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="226"/>
        <source>The raster&apos;s band descriptions ({named}) do not include the {label} band of {label2} ({band}). Choose the sensor that made the raster, or set the {label} band number explicitly.</source>
        <translation>栅格的波段描述（{named}）中没有 {label} 波段（{label2} 的 {band}）。请选择拍摄该栅格的传感器，或明确设置 {label} 波段号。</translation>
    </message>
    <message>
        <location filename="../core/sensors/bands.py" line="234"/>
        <source>The raster has {band_count} band(s), but the {label} preset expects {count} ({stack_order}), so {label2} ({name}) would be band {position}. Use a full band stack, choose the right sensor, or set the band numbers.</source>
        <translation>栅格有 {band_count} 个波段，但 {label} 预设需要 {count} 个（{stack_order}），因此 {label2}（{name}）将是波段 {position}。请使用完整的波段堆栈、选择正确的传感器，或设置波段号。</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="32"/>
        <source>&apos;{name}&apos; is not a readable MTL JSON file ({error}).</source>
        <translation>'{name}' 不是可读取的 MTL JSON 文件（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="39"/>
        <source>&apos;{name}&apos; is not a readable MTL XML file ({error}).</source>
        <translation>'{name}' 不是可读取的 MTL XML 文件（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="59"/>
        <source>Cannot read the MTL file &apos;{path}&apos;: {error}.</source>
        <translation>无法读取 MTL 文件 '{path}'：{error}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="72"/>
        <source>&apos;{mtl_path}&apos; has no SUN_ELEVATION: is it a Landsat Level-1 MTL file?</source>
        <translation>'{mtl_path}' 没有 SUN_ELEVATION：它是 Landsat Level-1 MTL 文件吗？</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="80"/>
        <source>&apos;{mtl_path}&apos; has no reflectance coefficients for band {number}.</source>
        <translation>'{mtl_path}' 没有波段 {number} 的反射率系数。</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="113"/>
        <source>Give the MTL file of this scene (it lies beside the band files of the Level-1 product).</source>
        <translation>请给出该场景的 MTL 文件（它位于 Level-1 产品的波段文件旁）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="119"/>
        <source>The MTL file &apos;{mtl_path}&apos; is for the scene {ids}, but the raster &apos;{raster_path}&apos; is named for another (path/row {raster_key}, acquired {raster_key2}): its coefficients and sun angle would be wrong. {fix}</source>
        <translation>MTL 文件 '{mtl_path}' 属于场景 {ids}，但栅格 '{raster_path}' 以另一场景命名（轨道号/行号 {raster_key}，获取于 {raster_key2}）：其系数和太阳角会是错的。{fix}</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="130"/>
        <source>the MTL&apos;s scene is {samples} x {lines} px, the raster {width} x {height} px</source>
        <translation>MTL 的场景为 {samples} x {lines} px，栅格为 {width} x {height} px</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="134"/>
        <source>The MTL file &apos;{mtl_path}&apos; is not for this raster: {sizes}, larger than the scene. {fix}</source>
        <translation>MTL 文件 '{mtl_path}' 不属于此栅格：{sizes}，大于该场景。{fix}</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="138"/>
        <source>The raster is smaller than the MTL&apos;s scene ({sizes}): taken to be the scene downsampled {ratio_x:.3g} times. If it is another scene, give its own MTL file.</source>
        <translation>栅格小于 MTL 的场景（{sizes}）：视为该场景降采样 {ratio_x:.3g} 倍。如果是另一场景，请给出其自己的 MTL 文件。</translation>
    </message>
    <message>
        <location filename="../core/sensors/mtl.py" line="141"/>
        <source>The raster is smaller than the MTL&apos;s scene ({sizes}): taken to be a part of it. If it is another scene, give its own MTL file.</source>
        <translation>栅格小于 MTL 的场景（{sizes}）：视为其一部分。如果是另一场景，请给出其自己的 MTL 文件。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="46"/>
        <source>&apos;{path}&apos; holds no HLS band files (HLS.L30.&lt;tile&gt;.&lt;date&gt;.v2.0.B05.tif).</source>
        <translation>'{path}' 中没有 HLS 波段文件（HLS.L30.&lt;tile&gt;.&lt;date&gt;.v2.0.B05.tif）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="50"/>
        <source>&apos;{path}&apos; mixes the band files of {count} HLS products ({names}): open one product at a time (give one of its band files, or keep one product per folder).</source>
        <translation>'{path}' 混有 {count} 个 HLS 产品的波段文件（{names}）：请一次打开一个产品（给出其中一个波段文件，或每个文件夹只放一个产品）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="65"/>
        <source>The HLS product {kind}.{tile}.{day}T{time} lacks the band files {names}. Download every reflective band of the granule.</source>
        <translation>HLS 产品 {kind}.{tile}.{day}T{time} 缺少波段文件 {names}。请下载该景的所有反射波段。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/hls.py" line="78"/>
        <source>The HLS product has no Fmask file: no pixels are masked.</source>
        <translation>该 HLS 产品没有 Fmask 文件：不掩去任何像元。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="37"/>
        <source>&apos;{path}&apos; holds no Landsat MTL file (*_MTL.txt): is it a Landsat product?</source>
        <translation>'{path}' 中没有 Landsat MTL 文件（*_MTL.txt）：它是 Landsat 产品吗？</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="43"/>
        <source>&apos;{path}&apos; mixes the MTL files of {count} products ({ids}): keep one product per folder.</source>
        <translation>'{path}' 混有 {count} 个产品的 MTL 文件（{ids}）：请每个文件夹只放一个产品。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="63"/>
        <source>&apos;{source}&apos; holds band files of {others}, but its MTL file describes {product_id}: the MTL does not belong to these bands, or two products share a folder. Keep one product per folder with its own MTL file.</source>
        <translation>'{source}' 含有 {others} 的波段文件，但其 MTL 文件描述的是 {product_id}：该 MTL 不属于这些波段，或两个产品共用一个文件夹。请每个文件夹只放一个产品及其自己的 MTL 文件。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="81"/>
        <source>The MTL file &apos;{mtl}&apos; has no reflectance coefficients for band {number}.</source>
        <translation>MTL 文件 '{mtl}' 没有波段 {number} 的反射率系数。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="88"/>
        <source>The MTL file &apos;{mtl}&apos; has no SUN_ELEVATION, which TOA reflectance needs.</source>
        <translation>MTL 文件 '{mtl}' 没有 TOA 反射率所需的 SUN_ELEVATION。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="99"/>
        <source>&apos;{mtl}&apos; names no LANDSAT_PRODUCT_ID: it is not a Landsat MTL file.</source>
        <translation>'{mtl}' 没有 LANDSAT_PRODUCT_ID：它不是 Landsat MTL 文件。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="103"/>
        <source>&apos;{path}&apos; is a Collection 1 Level-2 surface reflectance product (*_sr_band*.tif), which USGS retired in 2022 and this plugin does not read: download the Collection 2 Level-2 product of the scene.</source>
        <translation>'{path}' 是 Collection 1 Level-2 地表反射率产品（*_sr_band*.tif），USGS 已于 2022 年停用，本插件不读取：请下载该场景的 Collection 2 Level-2 产品。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="109"/>
        <source>The Landsat product {product_id} is from a sensor without reflective bands this plugin maps (Landsat 4/5 TM, 7 ETM+, 8/9 OLI).</source>
        <translation>Landsat 产品 {product_id} 来自没有本插件可制图的反射波段的传感器（Landsat 4/5 TM、7 ETM+、8/9 OLI）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="116"/>
        <source>&apos;{path}&apos; lacks band files the {product_id} product needs: {missing}. Download the complete product (every band file beside the MTL), or open the folder that holds them.</source>
        <translation>'{path}' 缺少产品 {product_id} 所需的波段文件：{missing}。请下载完整产品（MTL 旁的所有波段文件），或打开包含它们的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/landsat.py" line="176"/>
        <source>The band files are {actual} x {actual2} pixels, but the MTL file gives {expected} x {expected2} (REFLECTIVE_SAMPLES x REFLECTIVE_LINES): the files were resampled or cut after download. The grid and georeferencing are taken from the files; check that they are the product&apos;s.</source>
        <translation>波段文件为 {actual} x {actual2} 像元，但 MTL 文件给出 {expected} x {expected2}（REFLECTIVE_SAMPLES x REFLECTIVE_LINES）：文件在下载后被重采样或裁剪过。格网和地理参考取自文件；请检查它们是否为产品原样。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="24"/>
        <source>&apos;{path}&apos; does not exist. Give {what}.</source>
        <translation>'{path}' 不存在。请给出{what}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="28"/>
        <source>&apos;{path}&apos; is a Landsat Level-1 product (top-of-atmosphere reflectance), but surface reflectance (Level-2) was asked for: download the Collection 2 Level-2 product.</source>
        <translation>'{path}' 是 Landsat Level-1 产品（大气顶层反射率），但要求的是地表反射率（Level-2）：请下载 Collection 2 Level-2 产品。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="46"/>
        <source>&apos;{path}&apos; is not a STAC item. Give {what}.</source>
        <translation>'{path}' 不是 STAC 条目。请给出{what}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="50"/>
        <source>&apos;{path}&apos; is not a product this plugin opens. Give {what}.</source>
        <translation>'{path}' 不是本插件可打开的产品。请给出{what}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="63"/>
        <source>&apos;{path}&apos; holds no product: no MTL file, no MTD_MSIL*.xml, no HLS band files and no STAC item were found in it. Give {what}.</source>
        <translation>'{path}' 中没有产品：未找到 MTL 文件、MTD_MSIL*.xml、HLS 波段文件或 STAC 条目。请给出{what}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="78"/>
        <source>&apos;{path}&apos; is not an archive GDAL can read ({error}).</source>
        <translation>'{path}' 不是 GDAL 可读取的压缩包（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="84"/>
        <source>The archive &apos;{path}&apos; holds no Landsat MTL file and no Sentinel-2 MTD_MSIL*.xml: it is not a product. Give {what}.</source>
        <translation>压缩包 '{path}' 中没有 Landsat MTL 文件，也没有 Sentinel-2 MTD_MSIL*.xml：它不是产品。请给出{what}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="80"/>
        <source>The band file &apos;{path}&apos; does not cover the same area as the product&apos;s other bands ({width} x {height} px of {sx:g} m against {width2} x {height2} px of {tx:g} m): the files come from different products or were cut differently.</source>
        <translation>波段文件 '{path}' 与产品其他波段覆盖的区域不同（{width} x {height} px、{sx:g} m，对比 {width2} x {height2} px、{tx:g} m）：这些文件来自不同产品或裁剪方式不同。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="201"/>
        <source>A Sentinel-2 scene can be prepared at 10, 20 or 60 m, not {metres} m.</source>
        <translation>Sentinel-2 场景可按 10、20 或 60 m 预处理，不能按 {metres} m。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="218"/>
        <source>Unknown output format &apos;{output_format}&apos;: VRT or GTiff.</source>
        <translation>未知输出格式 '{output_format}'：VRT 或 GTiff。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="221"/>
        <source>Unknown resampling &apos;{resampling}&apos;. Choose one of: {choices}.</source>
        <translation>未知重采样方式 '{resampling}'。请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/prepare.py" line="271"/>
        <source>Cannot write &apos;{out_path}&apos;: {error}.</source>
        <translation>无法写入 '{out_path}'：{error}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="45"/>
        <source>The product {product_id} has no band {name}.</source>
        <translation>产品 {product_id} 没有波段 {name}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="81"/>
        <source>Cannot read &apos;{path}&apos;: {strerror}.</source>
        <translation>无法读取 '{path}'：{strerror}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="85"/>
        <source>Cannot read &apos;{path}&apos; in the archive.</source>
        <translation>无法读取压缩包中的 '{path}'。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/product.py" line="102"/>
        <source>The band file &apos;{path}&apos; cannot be read by GDAL ({error}).</source>
        <translation>GDAL 无法读取波段文件 '{path}'（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="40"/>
        <source>The Sentinel-2 product {product_id} lacks the band files {missing} ({value}). Download the complete product.</source>
        <translation>Sentinel-2 产品 {product_id} 缺少波段文件 {missing}（{value}）。请下载完整产品。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="61"/>
        <source>&apos;{path}&apos; holds no MTD_MSIL2A.xml or MTD_MSIL1C.xml: is it a Sentinel-2 SAFE product?</source>
        <translation>'{path}' 中没有 MTD_MSIL2A.xml 或 MTD_MSIL1C.xml：它是 Sentinel-2 SAFE 产品吗？</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="64"/>
        <source>&apos;{path}&apos; holds {count} Sentinel-2 products: open one SAFE product at a time.</source>
        <translation>'{path}' 含有 {count} 个 Sentinel-2 产品：请一次打开一个 SAFE 产品。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="105"/>
        <source>&apos;{mtd}&apos; is not a readable Sentinel-2 metadata file ({error}).</source>
        <translation>'{mtd}' 不是可读取的 Sentinel-2 元数据文件（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/sentinel2.py" line="110"/>
        <source>&apos;{path}&apos; is a Sentinel-2 Level-1C product (top-of-atmosphere reflectance), but surface reflectance (Level-2A) was asked for: download the L2A product, or allow L1C.</source>
        <translation>'{path}' 是 Sentinel-2 Level-1C 产品（大气顶层反射率），但要求的是地表反射率（Level-2A）：请下载 L2A 产品，或允许 L1C。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="24"/>
        <source>&apos;{path}&apos; is not a readable STAC item JSON ({error}).</source>
        <translation>'{path}' 不是可读取的 STAC 条目 JSON（{error}）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="27"/>
        <source>&apos;{path}&apos; is JSON but not a STAC item (no stac_version and assets).</source>
        <translation>'{path}' 是 JSON 但不是 STAC 条目（没有 stac_version 和 assets）。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="72"/>
        <source>The STAC item &apos;{path}&apos; is from &apos;{platform}&apos;: STAC items of Sentinel-2 are read; for Landsat give the product folder or its MTL file.</source>
        <translation>STAC 条目 '{path}' 来自 '{platform}'：只读取 Sentinel-2 的 STAC 条目；Landsat 请给出产品文件夹或其 MTL 文件。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="72"/>
        <source>an unknown platform</source>
        <translation>未知平台</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="79"/>
        <source>&apos;{path}&apos; is a Sentinel-2 Level-1C item (top-of-atmosphere reflectance), but surface reflectance (Level-2A) was asked for: use the L2A item, or allow L1C.</source>
        <translation>'{path}' 是 Sentinel-2 Level-1C 条目（大气顶层反射率），但要求的是地表反射率（Level-2A）：请使用 L2A 条目，或允许 L1C。</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/stac.py" line="93"/>
        <source>The STAC item has no SCL file beside it: no pixels are masked.</source>
        <translation>该 STAC 条目旁没有 SCL 文件：不掩去任何像元。</translation>
    </message>
    <message>
        <location filename="../core/sensors/scaling.py" line="37"/>
        <source>Unknown reflectance scaling &apos;{preset_key}&apos;.</source>
        <translation>未知反射率缩放 '{preset_key}'。</translation>
    </message>
    <message>
        <location filename="../core/sensors/scaling.py" line="42"/>
        <source>TOA reflectance from a Landsat MTL file needs the MTL file: give its path.</source>
        <translation>由 Landsat MTL 文件计算 TOA 反射率需要该 MTL 文件：请给出其路径。</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="55"/>
        <source>&apos;{path}&apos; has no coordinate reference system: the outputs have none either. Assign the CRS of the scene (Raster &gt; Projections &gt; Assign Projection) to place them on a map.</source>
        <translation>'{path}' 没有坐标参考系：输出也将没有。请指定场景的坐标参考系（栅格 &gt; 投影 &gt; 指定投影），以便将其放到地图上。</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="181"/>
        <source>Unknown spectral role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>未知光谱角色 '{role}'。角色：{roles}。</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="203"/>
        <source> The values fit {fits} ({share:.0%} outside): choose that reflectance scaling.</source>
        <translation>这些值符合 {fits}（{share:.0%} 超出）：请选择该反射率缩放。</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="203"/>
        <source> Check the reflectance scaling, scale and offset.</source>
        <translation>请检查反射率缩放、比例因子和偏移量。</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="208"/>
        <source>WARNING: with the scaling {scaling}, {share:.0%} of a sample of valid pixels are outside {low:g}..{high:g} reflectance: the scaling does not fit the raster, and indices and thresholds will be wrong.{hint}</source>
        <translation>警告：使用缩放 {scaling} 时，有效像元样本中有 {share:.0%} 超出反射率 {low:g}..{high:g}：该缩放与栅格不符，指数和阈值都会出错。{hint}</translation>
    </message>
    <message>
        <location filename="../core/sensors/scene.py" line="273"/>
        <source>The raster has {band_count} band(s) and no band descriptions that name them, but the {label} preset stacks {stack_count} ({stack}): the band positions were assumed ({mapping}). If the stack starts at another band (an HLS stack starts at B2), give the bands descriptions such as B03, set the band numbers, or choose the sensor that made it.</source>
        <translation>栅格有 {band_count} 个波段且没有命名它们的波段描述，但 {label} 预设堆叠 {stack_count} 个（{stack}）：已假定波段位置（{mapping}）。如果堆栈从其他波段开始（HLS 堆栈从 B2 开始），请为波段给出如 B03 的描述、设置波段号，或选择拍摄它的传感器。</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="72"/>
        <source>Unknown water test &apos;{water_test}&apos;. Choose one of: {water_tests}.</source>
        <translation>未知水体检验 '{water_test}'。请从以下选择：{water_tests}。</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="76"/>
        <source>NDWI threshold of the water test</source>
        <translation>水体检验的 NDWI 阈值</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="78"/>
        <source>The NIR limit of the water test ({nir_max}) must be a reflectance above 0, such as 0.07.</source>
        <translation>水体检验的 NIR 限值（{nir_max}）必须是大于 0 的反射率，例如 0.07。</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="81"/>
        <source>The minimum green reflectance must be a number, or empty for no test.</source>
        <translation>最小绿光反射率必须是数字，留空表示不检验。</translation>
    </message>
    <message>
        <location filename="../core/spectral/glacier_mask.py" line="132"/>
        <source>The terrain mask &apos;{terrain_mask_path}&apos; is not on the grid of the input raster.</source>
        <translation>地形掩膜 '{terrain_mask_path}' 不在输入栅格的格网上。</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="106"/>
        <source>Unknown index &apos;{index}&apos;. Choose one of: {index_bands}.</source>
        <translation>未知指数 '{index}'。请从以下选择：{index_bands}。</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="171"/>
        <source>The prepared scene has no valid pixels in bands {names}{what}: its quality masks hid {share:.1%} of the pixels with data (clouds, shadow, cirrus). Choose a clearer scene, or prepare it again with fewer quality masks.</source>
        <translation>预处理后的场景在波段 {names} 中没有有效像元{what}：其质量掩膜遮去了 {share:.1%} 的有数据像元（云、阴影、卷云）。请选择更晴朗的场景，或用较少的质量掩膜重新预处理。</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="176"/>
        <source>The raster has no valid pixels in bands {names}: every pixel is nodata in at least one of them{what}. Check the band numbers and the nodata value of the raster.</source>
        <translation>栅格在波段 {names} 中没有有效像元：每个像元至少在其中一个波段为无数据{what}。请检查波段号和栅格的无数据值。</translation>
    </message>
    <message>
        <location filename="../core/spectral/indices.py" line="267"/>
        <source> (or the two bands sum to 0)</source>
        <translation>（或两个波段之和为 0）</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="77"/>
        <source>Unknown water index &apos;{index}&apos;. Choose one of: {lake_indices}.</source>
        <translation>未知水体指数 '{index}'。请从以下选择：{lake_indices}。</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="80"/>
        <source>brightness limit of the snow/ice test</source>
        <translation>冰雪检验的亮度限值</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="81"/>
        <source>MNDWI - NDWI limit of the snow/ice test</source>
        <translation>冰雪检验的 MNDWI - NDWI 限值</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="82"/>
        <source>green limit of the shadow test</source>
        <translation>阴影检验的绿光限值</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="84"/>
        <source>NIR limit of the snow/ice test</source>
        <translation>冰雪检验的 NIR 限值</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="87"/>
        <source>The {what} must be a reflectance, such as 0.05.</source>
        <translation>{what}必须是反射率，例如 0.05。</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="97"/>
        <source>The {what} &apos;{path}&apos; ({width} x {height} px) is not on the grid of the input raster ({width2} x {height2} px): resample it onto the input&apos;s grid first (Raster &gt; Projections &gt; Warp, with the input as target extent and resolution).</source>
        <translation>{what} '{path}'（{width} x {height} px）不在输入栅格的格网上（{width2} x {height2} px）：请先将其重采样到输入格网（栅格 &gt; 投影 &gt; 变形，以输入为目标范围和分辨率）。</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="200"/>
        <source>A shadow mask was given but shadow exclusion is off: the mask was not used.</source>
        <translation>给出了阴影掩膜，但未开启阴影排除：未使用该掩膜。</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="79"/>
        <source>The sun position is not known (not in the scene&apos;s metadata, not given): cast and self-shadow were not computed; only the slope test was applied.</source>
        <translation>太阳位置未知（场景元数据中没有，也未给出）：未计算投射阴影和自阴影；只应用了坡度检验。</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="82"/>
        <source>The sun elevation {elevation} must be above 0 and at most 90 degrees.</source>
        <translation>太阳高度角 {elevation} 必须大于 0 且不超过 90 度。</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="150"/>
        <source>The maximum lake slope {max_lake_slope_deg} must be between 0 and 90 degrees.</source>
        <translation>最大湖泊坡度 {max_lake_slope_deg} 必须在 0 到 90 度之间。</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="169"/>
        <source>Cast shadows longer than {max_halo_pixels} pixels were cut there (low sun over high relief).</source>
        <translation>长于 {max_halo_pixels} 像元的投射阴影在该处被截断（高起伏地形上的低太阳角）。</translation>
    </message>
    <message>
        <location filename="../core/spectral/terrain.py" line="177"/>
        <source>Cancelled while computing the terrain flags.</source>
        <translation>计算地形标志时已取消。</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="108"/>
        <source>Otsu&apos;s method needs at least two different values, but all values fall in one histogram bin. Give the threshold explicitly.</source>
        <translation>Otsu 方法至少需要两个不同的值，但所有值都落在同一个直方图区间。请明确给出阈值。</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="165"/>
        <source>The {what} &apos;{value}&apos; is not a number. Give a value between -1 and 1.</source>
        <translation>{what} '{value}' 不是数字。请给出 -1 到 1 之间的值。</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="168"/>
        <source>The {what} {value} is outside [-1, 1], the range of a normalised difference. Give a value between -1 and 1, or use the automatic threshold.</source>
        <translation>{what} {value} 超出归一化差值的范围 [-1, 1]。请给出 -1 到 1 之间的值，或使用自动阈值。</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="234"/>
        <source> (or the two index bands sum to 0)</source>
        <translation>（或两个指数波段之和为 0）</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="244"/>
        <source>The minimum patch size {value} is negative. Give 0 (keep all) or more pixels.</source>
        <translation>最小斑块大小 {value} 为负。请给出 0（全部保留）或更多像元。</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="280"/>
        <source>Most valid pixels have a green reflectance above {limit}: the raster looks like digital numbers, not reflectance (scaling used: {scaling}). Choose the reflectance scaling of the product; reflectance tests are meaningless otherwise.</source>
        <translation>大多数有效像元的绿光反射率高于 {limit}：栅格看起来是原始数值而非反射率（所用缩放：{scaling}）。请选择该产品的反射率缩放；否则反射率检验毫无意义。</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="295"/>
        <source>The automatic {label} threshold {threshold:.3f} is outside the usual range for {target} ({low} to {high}): the histogram may not be bimodal (little {target} in the scene, clouds, or a wrong scaling). Check the mask, or give the threshold explicitly.</source>
        <translation>自动 {label} 阈值 {threshold:.3f} 超出 {target} 的常见范围（{low} 到 {high}）：直方图可能不是双峰的（场景中 {target} 很少、有云，或缩放错误）。请检查掩膜，或明确给出阈值。</translation>
    </message>
    <message>
        <location filename="../core/spectral/threshold.py" line="395"/>
        <source>No valid pixel is left for the automatic {label} threshold after the exclusion tests ({exclusion_names}): every pixel is nodata or excluded. Give the threshold explicitly or turn the exclusions off.</source>
        <translation>自动 {label} 阈值在排除检验（{exclusion_names}）后没有剩余的有效像元：每个像元都是无数据或已被排除。请明确给出阈值，或关闭排除检验。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="133"/>
        <source>Chip size {chip_size} is not usable: give a multiple of 16 such as 128 or 256 (U-Nets halve the chip four times or more).</source>
        <translation>切片大小 {chip_size} 不可用：请给出 16 的倍数，例如 128 或 256（U-Net 会将切片减半四次或更多）。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="138"/>
        <source>Stride {stride} must be a positive number of pixels (default: the chip size).</source>
        <translation>步长 {stride} 必须是正的像元数（默认：切片大小）。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="142"/>
        <source>The split block size ({block} px) must be at least the chip size ({chip_size} px).</source>
        <translation>划分块大小（{block} px）至少应为切片大小（{chip_size} px）。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="146"/>
        <source>{name} must lie between 0 and 1, not {value}.</source>
        <translation>{name} 必须在 0 和 1 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="149"/>
        <source>validation_fraction must be at least 0 and less than 1, not {validation_fraction}.</source>
        <translation>validation_fraction 必须不小于 0 且小于 1，而不是 {validation_fraction}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="152"/>
        <source>Target &apos;{target}&apos; is not one of: {targets}.</source>
        <translation>目标 '{target}' 不是以下之一：{targets}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="155"/>
        <source>unlabelled must be &apos;background&apos; or &apos;ignore&apos;, not {unlabelled!r}.</source>
        <translation>unlabelled 必须为 'background' 或 'ignore'，而不是 {unlabelled!r}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="161"/>
        <source>&apos;{label}&apos; is not a band role. Choose from: {roles}.</source>
        <translation>'{label}' 不是波段角色。请从以下选择：{roles}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="166"/>
        <source>Choose at least one band for the chips.</source>
        <translation>请为切片至少选择一个波段。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="168"/>
        <source>A band is listed twice: {bands}.</source>
        <translation>有波段重复列出：{bands}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="174"/>
        <source>&apos;{name}&apos; is not a derived channel. Choose from: {value}.</source>
        <translation>'{name}' 不是派生通道。请从以下选择：{value}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="186"/>
        <source>The folder &apos;{parent}&apos; does not exist. Create it or choose another output folder.</source>
        <translation>文件夹 '{parent}' 不存在。请创建它或选择其他输出文件夹。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="189"/>
        <source>Cannot write in &apos;{parent}&apos; (permission denied). Choose a folder you can write to.</source>
        <translation>无法写入 '{parent}'（权限不足）。请选择您可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="193"/>
        <source>&apos;{folder}&apos; is a file, not a folder. Choose a folder for the chips.</source>
        <translation>'{folder}' 是文件而不是文件夹。请为切片选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="198"/>
        <source>The output folder &apos;{folder}&apos; already holds other files ({shown}). Choose an empty or new folder, or an earlier chip folder to replace.</source>
        <translation>输出文件夹 '{folder}' 中已有其他文件（{shown}）。请选择空文件夹或新文件夹，或要替换的旧切片文件夹。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="208"/>
        <source>Cannot move the chips into &apos;{folder}&apos;: {error}.</source>
        <translation>无法将切片移动到 '{folder}'：{error}。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="242"/>
        <source>none (every value is empty)</source>
        <translation>无（所有值都为空）</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="244"/>
        <source>No polygon of the label layer &apos;{path}&apos; has {field_name} = {target_value}, the target value, so the chips would hold no {target} at all. The values of &apos;{field_name}&apos; are: {found}. Set the target value to the one that marks {target}, or choose another class field.</source>
        <translation>标注图层 '{path}' 中没有多边形的 {field_name} = {target_value}（目标值），因此切片中根本不会有 {target}。'{field_name}' 的值为：{found}。请将目标值设为标记 {target} 的值，或选择其他类别字段。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="262"/>
        <source>The {what} layer &apos;{path}&apos; has no field &apos;{field_name}&apos;. Its fields are: {fields}. Choose its class field.</source>
        <translation>{what}图层 '{path}' 没有字段 '{field_name}'。其字段为：{fields}。请选择其类别字段。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="362"/>
        <source>No chip lies inside the area of interest. Check that the area of interest covers the raster, or leave it out.</source>
        <translation>没有切片位于研究区内。请检查研究区是否覆盖栅格，或不使用研究区。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="365"/>
        <source>the label coverage (unlabelled pixels are ignored)</source>
        <translation>标注覆盖范围（未标注像元被忽略）</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="368"/>
        <source>All {candidates} chip(s) failed the valid-pixel filter: the best has {max_valid:.1f}% non-ignored pixels, below the minimum of {min_valid_fraction:.0f}%. Check {causes}, or lower the minimum valid fraction.</source>
        <translation>全部 {candidates} 个切片未通过有效像元筛选：最好的一个有 {max_valid:.1f}% 未忽略像元，低于最小值 {min_valid_fraction:.0f}%。请检查{causes}，或降低最小有效比例。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="374"/>
        <source>No chip passed the target filter: {dropped_low} chip(s) have less than {min_positive_fraction:.1f}% {target} pixels (the highest observed is {max_positive:.2f}%){and_nodata}. Lower the minimum positive fraction, use a smaller chip size, or check that the labels mark the {target} (class field and target value).</source>
        <translation>没有切片通过目标筛选：{dropped_low} 个切片低于 {min_positive_fraction:.1f}% 的 {target} 像元（观测到的最高为 {max_positive:.2f}%）{and_nodata}。请降低最小正例比例、使用更小的切片，或检查标注是否标记了 {target}（类别字段和目标值）。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="374"/>
        <source> and {count} too few valid pixels</source>
        <translation>，另有 {count} 个有效像元太少</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="400"/>
        <source>None of the {features} label polygons has a valid area: check the label layer &apos;{labels_path}&apos; (Vector &gt; Geometry Tools &gt; Check Validity).</source>
        <translation>{features} 个标注多边形都没有有效面积：请检查标注图层 '{labels_path}'（矢量 &gt; 几何工具 &gt; 检查有效性）。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="403"/>
        <source>None of the {count} label polygons overlaps the raster{or_no_class}. The labels ({crs_name}) extend over x {x_min:.6g} to {x_max:.6g}, y {y_min:.6g} to {y_max:.6g}; the raster covers {extent_text} in its own CRS. Choose labels drawn on this scene.</source>
        <translation>{count} 个标注多边形都不与栅格重叠{or_no_class}。标注（{crs_name}）范围为 x {x_min:.6g} 到 {x_max:.6g}，y {y_min:.6g} 到 {y_max:.6g}；栅格在其自身坐标参考系中覆盖 {extent_text}。请选择在此场景上绘制的标注。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="403"/>
        <source> (or they have no class value)</source>
        <translation>（或它们没有类别值）</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="412"/>
        <source>Labels: {warning}</source>
        <translation>标注：{warning}</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="419"/>
        <source>Corrections: {warning}</source>
        <translation>修正：{warning}</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="422"/>
        <source>No correction polygon with a class overlaps the raster: the corrections change nothing.</source>
        <translation>没有带类别的修正多边形与栅格重叠：修正不改变任何内容。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="427"/>
        <source>The area of interest &apos;{aoi_path}&apos; does not overlap the raster. Choose an area on this scene, or leave it out.</source>
        <translation>研究区 '{aoi_path}' 与栅格不重叠。请选择此场景上的区域，或不使用研究区。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="430"/>
        <source>Area of interest: {warning}</source>
        <translation>研究区：{warning}</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="531"/>
        <source>Channel(s) {flat} are constant over the training chips; their standard deviation is set to 1e-6.</source>
        <translation>通道 {flat} 在训练切片上恒定；其标准差设为 1e-6。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="632"/>
        <source>The chip size ({chip} px) is larger than the raster ({width} x {height} px). Choose a chip size of at most {width2} px.</source>
        <translation>切片大小（{chip} px）大于栅格（{width} x {height} px）。请选择不超过 {width2} px 的切片大小。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="641"/>
        <source>Without a CRS, the label polygons&apos; coordinates are taken to be in the raster&apos;s georeferencing as they are.</source>
        <translation>没有坐标参考系时，标注多边形的坐标按原样视为栅格的地理参考。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="644"/>
        <source>The label layer &apos;{labels_path}&apos; has no polygons. Draw {target} polygons in it (or seed it from outlines) before exporting chips.</source>
        <translation>标注图层 '{labels_path}' 没有多边形。导出切片前请在其中绘制 {target} 多边形（或由轮廓预填）。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="127"/>
        <source>Only one chip was exported: there is no validation chip. Use a smaller chip size or stride, or label a larger area.</source>
        <translation>只导出了一个切片：没有验证切片。请使用更小的切片大小或步长，或标注更大的区域。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="130"/>
        <source>Validation fraction 0: every chip is for training and the trainer cannot measure accuracy on unseen areas.</source>
        <translation>验证比例为 0：所有切片都用于训练，训练器无法在未见区域上测量精度。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="146"/>
        <source>The chips did not spread over enough {block_px}-px split blocks for a validation set: blocks of {size} px were used. Validation chips lie closer to training chips; label a larger area for a more independent validation.</source>
        <translation>切片未分布在足够多的 {block_px} px 划分块上以构成验证集：改用了 {size} px 的块。验证切片离训练切片更近；请标注更大的区域以获得更独立的验证。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="159"/>
        <source>The chips are too few or too close together for a spatially separate validation set ({count} validation chip(s) overlap training chips): validation scores will be optimistic. Use a smaller chip size or stride, or label a larger area.</source>
        <translation>切片太少或太密，无法构成空间上分离的验证集（{count} 个验证切片与训练切片重叠）：验证得分会偏乐观。请使用更小的切片大小或步长，或标注更大的区域。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="167"/>
        <source>Validation holds {share:.0f}% of the chips (asked {validation_fraction:.0f}%): the split blocks ({size} px) are coarse for this area. Use a smaller split block size.</source>
        <translation>验证集占切片的 {share:.0f}%（要求 {validation_fraction:.0f}%）：划分块（{size} px）对该区域来说太粗。请使用更小的划分块大小。</translation>
    </message>
    <message>
        <location filename="../core/training/chip_split.py" line="172"/>
        <source>{dropped} training chip(s) overlapping validation blocks or chips were dropped so that no pixel is both in training and in validation.</source>
        <translation>丢弃了 {dropped} 个与验证块或验证切片重叠的训练切片，使任何像元都不会同时出现在训练和验证中。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="69"/>
        <source>&apos;{crs}&apos; is not a coordinate reference system GDAL knows. Give one such as &apos;EPSG:32611&apos; (the CRS of the imagery you will label).</source>
        <translation>'{crs}' 不是 GDAL 认识的坐标参考系。请给出如 'EPSG:32611' 的坐标参考系（您将要标注的影像的坐标参考系）。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="84"/>
        <source>Class {item!r} needs an integer &apos;value&apos; and a &apos;name&apos;.</source>
        <translation>类别 {item!r} 需要整数 'value' 和 'name'。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="87"/>
        <source>Class {item!r}: the value must be 0-{ignore_label} ({ignore_label2} marks ignored pixels in chips) and the name must not be empty.</source>
        <translation>类别 {item!r}：值必须为 0-{ignore_label}（{ignore_label2} 标记切片中被忽略的像元），且名称不能为空。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="95"/>
        <source>Class values and names must be unique: {checked}.</source>
        <translation>类别值和名称必须唯一：{checked}。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="98"/>
        <source>The classes must include 0 (background / not the target).</source>
        <translation>类别必须包含 0（背景/非目标）。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="118"/>
        <source>Outline feature {fid} has {seed_class_field} = &apos;{text}&apos;, which is not one of the label classes ({known}). Add that class, or give one class value for every polygon.</source>
        <translation>轮廓要素 {fid} 的 {seed_class_field} = '{text}'，不是标注类别之一（{known}）。请添加该类别，或为所有多边形给出一个类别值。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="129"/>
        <source>The label layer &apos;{path}&apos; must be a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>标注图层 '{path}' 必须是 GeoPackage：请给出以 .gpkg 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="132"/>
        <source>Give the label layer a name, such as &apos;labels&apos; or &apos;corrections&apos;.</source>
        <translation>请为标注图层命名，例如 'labels' 或 'corrections'。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="136"/>
        <source>The folder &apos;{folder}&apos; does not exist. Create it or choose another place.</source>
        <translation>文件夹 '{folder}' 不存在。请创建它或选择其他位置。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="139"/>
        <source>&apos;{path}&apos; already exists. Choose another file name, or allow overwriting it.</source>
        <translation>'{path}' 已存在。请选择其他文件名，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="142"/>
        <source>The label layer cannot replace the outlines it is seeded from: choose another file name.</source>
        <translation>标注图层不能替换用于预填的轮廓：请选择其他文件名。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="155"/>
        <source>The outlines have no field &apos;{seed_class_field}&apos;. Their fields are: {fields}.</source>
        <translation>轮廓没有字段 '{seed_class_field}'。其字段为：{fields}。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="163"/>
        <source>The filter &apos;{seed_where}&apos; is not valid for the outlines: {error}.</source>
        <translation>筛选条件 '{seed_where}' 对轮廓无效：{error}。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="174"/>
        <source>The label layer needs a coordinate reference system: give one (the CRS of the imagery you will label, e.g. &apos;EPSG:32611&apos;).</source>
        <translation>标注图层需要坐标参考系：请给出一个（您将要标注的影像的坐标参考系，例如 'EPSG:32611'）。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="221"/>
        <source>The outlines have no CRS: their coordinates are taken to be in the label CRS.</source>
        <translation>轮廓没有坐标参考系：其坐标视为标注的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="244"/>
        <source>{repaired} invalid outline polygon(s) were repaired.</source>
        <translation>修复了 {repaired} 个无效轮廓多边形。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="247"/>
        <source>{dropped} outline feature(s) had no polygon area or no class and were left out.</source>
        <translation>{dropped} 个轮廓要素没有多边形面积或类别，已被略去。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="250"/>
        <source>No outline polygon was copied: the label layer is empty.</source>
        <translation>未复制任何轮廓多边形：标注图层为空。</translation>
    </message>
    <message>
        <location filename="../core/training/label_layer.py" line="275"/>
        <source>Seed class {seed_class} is not one of the classes ({value}).</source>
        <translation>预填类别 {seed_class} 不是类别之一（{value}）。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="72"/>
        <source>The trainer's Python '{python}' was not found. Create the trainer environment: run Glacier Mapper › Set-up › Set up the trainer (glaciermapper:setuptrainer), or make a venv with the packages of {trainer_requirements} (torch, onnx, onnxruntime, numpy) and set its python as 'Trainer Python' in Processing › Options › Providers › Glacier Mapper.</source>
        <translation>未找到训练器的 Python '{python}'。请创建训练器环境：运行 Glacier Mapper › 设置 › 设置训练器（glaciermapper:setuptrainer），或用 {trainer_requirements} 中的软件包（torch、onnx、onnxruntime、numpy）创建 venv，并在 处理 › 选项 › 提供者 › Glacier Mapper 中将其 python 设为“训练器 Python”。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="106"/>
        <source>The trainer's Python '{python}' is not a Python with the trainer's packages (checking it with 'import torch, onnx' said: {said}). Create the trainer environment: run Glacier Mapper › Set-up › Set up the trainer (glaciermapper:setuptrainer), or install {trainer_requirements} into a Python 3 venv and set that venv's python as 'Trainer Python' in Processing › Options › Providers › Glacier Mapper.</source>
        <translation>训练器的 Python '{python}' 不是装有训练器软件包的 Python（用 'import torch, onnx' 检查的结果：{said}）。请创建训练器环境：运行 Glacier Mapper › 设置 › 设置训练器（glaciermapper:setuptrainer），或将 {trainer_requirements} 安装到 Python 3 venv 中，并在 处理 › 选项 › 提供者 › Glacier Mapper 中将该 venv 的 python 设为“训练器 Python”。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="193"/>
        <source>&apos;{chips}&apos; is not a chip folder (no manifest.json): export chips with &apos;Export training chips&apos; first.</source>
        <translation>'{chips}' 不是切片文件夹（没有 manifest.json）：请先用“导出训练切片”导出切片。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="248"/>
        <source>Training cancelled: the trainer was stopped and no model was written.</source>
        <translation>训练已取消：训练器已停止，未写入模型。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="276"/>
        <source>
Its last output:
{last_words}</source>
        <translation>
其最后输出：
{last_words}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="279"/>
        <source>The trainer was killed by signal 9: probably out of memory: reduce batch or chip size (or the network&apos;s base width).{output}</source>
        <translation>训练器被信号 9 终止：可能内存不足：请减小批大小或切片大小（或网络的基础宽度）。{output}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="282"/>
        <source>The trainer was stopped by signal {signal}.{output}</source>
        <translation>训练器被信号 {signal} 停止。{output}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="285"/>
        <source>The trainer failed: {errors}</source>
        <translation>训练器失败：{errors}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="286"/>
        <source>The trainer failed (exit code {code}) without reporting why. Its last output:
{last_words}</source>
        <translation>训练器失败（退出码 {code}），未报告原因。其最后输出：
{last_words}</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_process.py" line="286"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="74"/>
        <source>Unknown torch build {build!r}.</source>
        <translation>未知的 torch 版本 {build!r}。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="76"/>
        <source>The CUDA build of torch needs an NVIDIA GPU and its driver, and none was found here: choose the CPU build.</source>
        <translation>torch 的 CUDA 版本需要 NVIDIA GPU 及其驱动，但这里未找到：请选择 CPU 版本。</translation>
    </message>
    <message>
        <location filename="../core/training/trainer_setup.py" line="87"/>
        <source>Creating the venv {folder} failed (on Debian and Ubuntu install python3-venv):
{output}</source>
        <translation>创建 venv {folder} 失败（Debian 和 Ubuntu 请安装 python3-venv）：
{output}</translation>
    </message>
    <message>
        <location filename="../core/inference/onnx_session.py" line="252"/>
        <source>{short} not used: {reason}</source>
        <translation>未使用 {short}：{reason}</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="252"/>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/io/output_check.py" line="253"/>
        <source>would replace</source>
        <translation>会替换</translation>
    </message>
    <message>
        <location filename="../core/sensors/products/open.py" line="13"/>
        <source>a Landsat product folder, .tar archive or MTL file (*_MTL.txt/.json/.xml); a Sentinel-2 SAFE folder, .zip or MTD_MSIL2A.xml / MTD_MSIL1C.xml; a Sentinel-2 STAC item .json; or a folder of HLS band files</source>
        <translation>Landsat 产品文件夹、.tar 压缩包或 MTL 文件（*_MTL.txt/.json/.xml）；Sentinel-2 SAFE 文件夹、.zip 或 MTD_MSIL2A.xml / MTD_MSIL1C.xml；Sentinel-2 STAC 条目 .json；或 HLS 波段文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="89"/>
        <source>shadow mask</source>
        <translation>阴影掩膜</translation>
    </message>
    <message>
        <location filename="../core/spectral/lake_mask.py" line="91"/>
        <source>terrain mask</source>
        <translation>地形掩膜</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="395"/>
        <source>label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../core/training/chip_export.py" line="415"/>
        <source>corrections</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="106"/>
        <source>A footprint rotation of {rotation} degrees is outside -45 to 45 degrees. Give the tilt of the scene in its grid (Landsat: about 8-13 degrees).</source>
        <translation>覆盖范围旋转 {rotation} 度超出 -45 到 45 度。请给出景在其格网中的倾斜角（Landsat：约 8-13 度）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/randomiser.py" line="85"/>
        <source>Unknown sample-scene sensor &apos;{sensor}&apos;. Choose one of: {choices}.</source>
        <translation>未知的示例景传感器“{sensor}”。请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../core/region/scene_task.py" line="65"/>
        <source>Unknown precision &apos;{precision}&apos;. Choose one of: {choices}.</source>
        <translation>未知的精度“{precision}”。请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../core/inference/catalog.py" line="79"/>
        <source>The model &apos;{model}&apos; has no int8 variant: {variant} is not beside it. Choose the precision fp32, or quantise the model to that file (the bundled models&apos; variants are made by &apos;python -m scripts.build_models&apos;, see models/README.md).</source>
        <translation>模型“{model}”没有 int8 变体：其旁边没有 {variant}。请选择精度 fp32，或将模型量化为该文件（内置模型的变体由 'python -m scripts.build_models' 生成，见 models/README.md）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="46"/>
        <source>The real DEM &apos;{path}&apos; cannot be opened as a raster. Give a GeoTIFF (or any GDAL raster) of elevation in metres.</source>
        <translation>无法将真实 DEM“{path}”作为栅格打开。请给出以米为单位的高程 GeoTIFF（或任何 GDAL 栅格）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="49"/>
        <source>The real DEM &apos;{path}&apos; has no coordinate reference system. Give a georeferenced DEM.</source>
        <translation>真实 DEM“{path}”没有坐标参考系。请给出已地理配准的 DEM。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="81"/>
        <source>The real DEM &apos;{path}&apos; is rotated in its CRS: warp it to a north-up grid.</source>
        <translation>真实 DEM“{path}”在其坐标参考系中是旋转的：请将其重投影到北向朝上的格网。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="108"/>
        <source>A scene of {width} x {height} pixels of {pixel_size:g} m does not fit on the real DEM &apos;{path}&apos; ({dem_width} x {dem_height} pixels of {cell_x:g} x {cell_y:g} CRS units). Give a smaller width and height, or a smaller pixel size.</source>
        <translation>{width} x {height} 像元、像元大小 {pixel_size:g} 米的景放不进真实 DEM“{path}”（{dem_width} x {dem_height} 像元，每像元 {cell_x:g} x {cell_y:g} 坐标单位）。请给出更小的宽度和高度，或更小的像元大小。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="161"/>
        <source>The glacier outlines &apos;{path}&apos; cannot be opened as a vector layer. Give a shapefile or GeoPackage of glacier polygons (e.g. RGI).</source>
        <translation>无法将冰川轮廓“{path}”作为矢量图层打开。请给出冰川多边形的 Shapefile 或 GeoPackage（例如 RGI）。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="167"/>
        <source>The glacier outlines &apos;{path}&apos; have no coordinate reference system.</source>
        <translation>冰川轮廓“{path}”没有坐标参考系。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/real_terrain.py" line="179"/>
        <source>The glacier outlines &apos;{path}&apos; hold no polygons.</source>
        <translation>冰川轮廓“{path}”不含多边形。</translation>
    </message>
    <message>
        <location filename="../core/sample_scene/generator.py" line="83"/>
        <source>A spectral mosaic has neither terrain nor clouds: leave out the real terrain and the clouds, or ask for a landscape scene instead of the mosaic.</source>
        <translation>光谱镶嵌图既没有地形也没有云：请去掉真实地形和云，或改为生成地形景观场景而非镶嵌图。</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="192"/>
        <source>The workers of the Dask cluster cannot load Glacier Mapper&apos;s engine ({error}): install it where the workers run: pip install . in the plugin folder.</source>
        <translation>Dask 集群的工作进程无法加载 Glacier Mapper 引擎（{error}）：请在工作进程所在的环境中安装它：在插件文件夹中运行 pip install .。</translation>
    </message>
    <message>
        <location filename="../core/region/runner.py" line="164"/>
        <source>dask.distributed is not installed (in QGIS: Install dependencies with &apos;Also install Dask&apos;; elsewhere: pip install dask distributed): the scenes run one after another in this process.</source>
        <translation>未安装 dask.distributed（在 QGIS 中：运行“安装依赖项”并勾选“同时安装 Dask”；其他环境：pip install dask distributed）：各景影像将在此进程中依次处理。</translation>
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
        <location filename="../algorithms/setup.py" line="35"/>
        <source>Automatic: the GPU build where an NVIDIA driver is present</source>
        <translation>自动：有 NVIDIA 驱动时使用 GPU 版本</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>onnxruntime (CPU)</source>
        <translation>onnxruntime（CPU）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>onnxruntime-gpu (NVIDIA CUDA 12)</source>
        <translation>onnxruntime-gpu（NVIDIA CUDA 12）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="81"/>
        <source>Install dependencies</source>
        <translation>安装依赖项</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="95"/>
        <source>onnxruntime build</source>
        <translation>onnxruntime 版本</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="106"/>
        <source>Installing {} and shapely into {}</source>
        <translation>正在将 {} 和 shapely 安装到 {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="114"/>
        <source>Removed {} (the other onnxruntime build)</source>
        <translation>已移除 {}（另一个 onnxruntime 版本）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="116"/>
        <source>Installed in {:.1f} s: {}</source>
        <translation>已在 {:.1f} 秒内安装：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="119"/>
        <source>Nothing to do: already installed: {}</source>
        <translation>无需操作：已安装：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="126"/>
        <source>Still not importable in this session: {}. Restart QGIS.</source>
        <translation>在本次会话中仍无法导入：{}。请重启 QGIS。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="129"/>
        <source>Restart QGIS to use the new versions: {} was already loaded.</source>
        <translation>请重启 QGIS 以使用新版本：{} 已被加载。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="133"/>
        <source>Ready: onnxruntime {} ({}), shapely {}</source>
        <translation>就绪：onnxruntime {}（{}），shapely {}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="84"/>
        <source>Installs onnxruntime (Segment) and shapely 2 (Outlines, Outline change) for QGIS&apos;s own Python, with pip, into the folder glacier_mapper_packages of your QGIS profile: no administrator rights, nothing written to the system&apos;s Python. Versions are pinned to ones that work with the numpy QGIS already has, and numpy itself is never installed. A second run finds them and does nothing.

The GPU build (onnxruntime-gpu) is chosen automatically where an NVIDIA driver is present; it needs CUDA 12 and cuDNN 9 and otherwise runs on the CPU. Cancelling stops pip.

&apos;Also install Dask&apos; adds dask and distributed (about 10 MB), with which &apos;Map scenes&apos; maps several scenes at once in worker processes; without them it maps one scene after another.</source>
        <translation>使用 pip 为 QGIS 自带的 Python 安装 onnxruntime（分割）和 shapely 2（轮廓、轮廓变化），安装到 QGIS 配置文件的 glacier_mapper_packages 文件夹：无需管理员权限，不向系统 Python 写入任何内容。版本固定为与 QGIS 已有的 numpy 兼容的版本，且从不安装 numpy 本身。再次运行会发现已安装而不做任何事。

有 NVIDIA 驱动时自动选择 GPU 版本（onnxruntime-gpu）；它需要 CUDA 12 和 cuDNN 9，否则在 CPU 上运行。取消会停止 pip。

“同时安装 Dask”会添加 dask 和 distributed（约 10 MB），“批量场景制图”借此在工作进程中同时处理多景影像；没有它们时逐景依次处理。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="97"/>
        <source>Also install Dask (Map scenes on several worker processes)</source>
        <translation>同时安装 Dask（“批量场景制图”使用多个工作进程）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="108"/>
        <source>With Dask for Map scenes: {}</source>
        <translation>包含用于“批量场景制图”的 Dask：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="136"/>
        <source>Ready: dask {}</source>
        <translation>就绪：dask {}</translation>
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
        <location filename="../algorithms/segment.py" line="205"/>
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
        <location filename="../algorithms/segment.py" line="191"/>
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
        <location filename="../algorithms/segment.py" line="201"/>
        <source>{} probability ({})</source>
        <translation>{}概率（{}）</translation>
    </message>
    <message>
        <location filename="../algorithms/segment.py" line="203"/>
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
    <message>
        <location filename="../algorithms/segment.py" line="189"/>
        <source>CPU: {} network calls at once, {} onnxruntime thread(s) each</source>
        <translation>CPU：同时进行 {} 个网络调用，每个使用 {} 个 onnxruntime 线程</translation>
    </message>
</context>
<context>
    <name>SetupAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="57"/>
        <source>Package index URL (empty: pip&apos;s own)</source>
        <translation>包索引 URL（留空：pip 自己的）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="59"/>
        <source>A mirror of PyPI, for networks that cannot reach pypi.org (pip --index-url).</source>
        <translation>PyPI 的镜像，用于无法访问 pypi.org 的网络（pip --index-url）。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="63"/>
        <source>QGIS&apos;s Python</source>
        <translation>QGIS 的 Python</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="64"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="65"/>
        <source>Something was installed</source>
        <translation>已安装了内容</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="69"/>
        <source>QGIS&apos;s Python: {} ({})</source>
        <translation>QGIS 的 Python：{}（{}）</translation>
    </message>
</context>
<context>
    <name>SetupTrainerAlgorithm</name>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>CPU (PyTorch&apos;s CPU wheels)</source>
        <translation>CPU（PyTorch 的 CPU 安装包）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA（NVIDIA GPU）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="35"/>
        <source>As the package index serves it (mirrors)</source>
        <translation>按包索引提供的版本（镜像）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="147"/>
        <source>Set up the trainer</source>
        <translation>设置训练器</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="150"/>
        <source>Creates the trainer&apos;s own Python environment (a venv with torch, onnx and numpy 2, from the plugin&apos;s pinned models/trainer/requirements.txt) in the folder glacier_mapper_trainer of your QGIS profile. &apos;Train model&apos; finds it there without any setting. It downloads about 1 GB (torch) and takes minutes; a second run with the same options does nothing. Cancelling stops pip; running it again completes the environment.

Torch build: CPU (the default; from PyTorch&apos;s CPU wheel index), CUDA (NVIDIA GPUs, several GB), or as your package index serves it (behind a mirror, with the package index URL).</source>
        <translation>在 QGIS 配置文件的 glacier_mapper_trainer 文件夹中创建训练器自己的 Python 环境（一个包含 torch、onnx 和 numpy 2 的 venv，依据插件固定版本的 models/trainer/requirements.txt）。“训练模型”无需任何设置即可找到它。需下载约 1 GB（torch），耗时数分钟；使用相同选项再次运行不做任何事。取消会停止 pip；再次运行会补全环境。

Torch 版本：CPU（默认；来自 PyTorch 的 CPU 安装包索引）、CUDA（NVIDIA GPU，数 GB），或按您的包索引提供的版本（在镜像后面，配合包索引 URL）。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="160"/>
        <source>Torch build</source>
        <translation>Torch 版本</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="168"/>
        <source>Trainer environment: {}</source>
        <translation>训练器环境：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="173"/>
        <source>Trainer environment ready in {:.0f} s: {}</source>
        <translation>训练器环境已在 {:.0f} 秒内就绪：{}</translation>
    </message>
    <message>
        <location filename="../algorithms/setup.py" line="176"/>
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
