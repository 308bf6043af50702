/* TRUTH: free — the irq thread flushes (joins) the bottom-half worker it spawned before it exits, and remove() joins the irq thread before reading the worker's result */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct spi_dev {
    unsigned irq_count;
    unsigned rx_words;
    pthread_t irq_thr;
};

static struct spi_dev sdev;
static pthread_t bh_thr;

static void *spi_bottom_half(void *arg) {
    (void)arg;
    usleep(50);
    sdev.rx_words += 32;
    return NULL;
}

static void *spi_irq_thread(void *arg) {
    (void)arg;
    sdev.irq_count++;
    pthread_create(&bh_thr, NULL, spi_bottom_half, NULL);
    /* synchronize_irq(): wait for the bottom half before returning */
    pthread_join(bh_thr, NULL);
    return NULL;
}

static void spi_probe(void) { pthread_create(&sdev.irq_thr, NULL, spi_irq_thread, NULL); }
static void spi_remove(void) {
    pthread_join(sdev.irq_thr, NULL);
    printf("irqs=%u rx=%u\n", sdev.irq_count, sdev.rx_words);
}

int main(void) {
    spi_probe();
    spi_remove();
    return 0;
}
