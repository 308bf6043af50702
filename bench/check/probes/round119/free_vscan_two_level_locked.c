/* TRUTH: free — dev_parse() forwards its va_list to dev_vparse() (vsscanf), which writes dev.irq, but the probe and the IRQ thread both hold dev_lock */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct pci_dev {
    unsigned vendor;
    unsigned irq;
};

static struct pci_dev dev = { 0x8086, 11 };
static pthread_mutex_t dev_lock = PTHREAD_MUTEX_INITIALIZER;

static int dev_vparse(const char *s, const char *fmt, va_list ap)
{
    return vsscanf(s, fmt, ap);
}

static int dev_parse(const char *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = dev_vparse(s, fmt, ap);
    va_end(ap);
    return n;
}

static void *probe(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        pthread_mutex_lock(&dev_lock);
        if (dev_parse("irq 16", "irq %u", &dev.irq) != 1)
            fprintf(stderr, "probe failed\n");
        pthread_mutex_unlock(&dev_lock);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    unsigned storms = 0;
    pthread_create(&t, NULL, probe, NULL);
    for (int i = 0; i < 60; i++) {
        pthread_mutex_lock(&dev_lock);
        if (dev.irq == 16)
            storms++;
        pthread_mutex_unlock(&dev_lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("storms=%u\n", storms);
    return 0;
}
