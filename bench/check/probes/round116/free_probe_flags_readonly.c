/* TRUTH: free — capability flags and the quirk table are filled in by probe before any handler thread is created and are only read afterwards */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define CAP_DMA   0x1
#define CAP_MSI   0x2
#define CAP_64BIT 0x4

struct pci_dev_model { unsigned short vendor, device; };

struct hba {
    unsigned caps;
    int nr_queues;
    const char *model;
    int quirks[4];
    pthread_mutex_t stat_lock;
    unsigned long cmds;
};

static struct hba host;

static int hba_probe(struct hba *h, const struct pci_dev_model *pdev) {
    h->caps = CAP_DMA | CAP_MSI;
    if (pdev->device >= 0x2000) h->caps |= CAP_64BIT;
    h->nr_queues = (h->caps & CAP_MSI) ? 4 : 1;
    h->model = "hba-x";
    for (int i = 0; i < 4; i++) h->quirks[i] = (pdev->vendor >> i) & 1;
    pthread_mutex_init(&h->stat_lock, NULL);
    return 0;
}

static int hba_queuecommand(struct hba *h, int q) {
    int use_dma = h->caps & CAP_DMA;
    int wide = h->caps & CAP_64BIT;
    int quirk = h->quirks[q & 3];
    pthread_mutex_lock(&h->stat_lock);
    h->cmds++;
    pthread_mutex_unlock(&h->stat_lock);
    return use_dma + wide + quirk + (q % h->nr_queues);
}

static void *queue_thread(void *arg) {
    long q = (long)arg;
    long acc = 0;
    for (int i = 0; i < 20; i++) { acc += hba_queuecommand(&host, (int)q + i); usleep(10); }
    return (void *)acc;
}

int main(void) {
    struct pci_dev_model pdev = { 0x1000, 0x2001 };
    pthread_t t[3];
    hba_probe(&host, &pdev);
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, queue_thread, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%s %lu\n", host.model, host.cmds);
    return 0;
}
