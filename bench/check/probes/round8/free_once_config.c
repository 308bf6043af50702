/* TRUTH: free. Every reader calls pthread_once before reading the config the init routine writes. */
#include <pthread.h>
#include <string.h>

static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;
static struct { int loaded; char name[16]; int level; } cfg;

static void load_cfg(void)
{
    strcpy(cfg.name, "default");
    cfg.level = 2;
    cfg.loaded = 1;
}

static void *slow_reader(void *arg)
{
    (void)arg;
    pthread_once(&cfg_once, load_cfg);
    return (void *)(long)cfg.level;
}

static void *fast_reader(void *arg)
{
    (void)arg;
    pthread_once(&cfg_once, load_cfg);
    return (void *)(long)cfg.loaded;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, slow_reader, NULL);
    pthread_create(&b, NULL, fast_reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
