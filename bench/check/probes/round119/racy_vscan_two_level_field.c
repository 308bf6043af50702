/* TRUTH: racy — dev_parse() forwards its va_list to dev_vparse(), whose vsscanf writes dev.irq through the variadic pointer while the IRQ thread reads dev.irq */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

struct pci_dev {
    unsigned vendor;
    unsigned irq;
};

static struct pci_dev dev = { 0x8086, 11 };

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
        if (dev_parse("irq 16", "irq %u", &dev.irq) != 1)
            fprintf(stderr, "probe failed\n");
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
        if (dev.irq == 16)
            storms++;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("storms=%u\n", storms);
    return 0;
}
