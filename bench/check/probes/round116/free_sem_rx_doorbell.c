/* TRUTH: free — the irq thread fills one rx descriptor and rings a semaphore doorbell; the NAPI thread waits on the doorbell before reading that descriptor, and never re-posts it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

#define NDESC 8
struct rx_desc { unsigned len; unsigned char data[16]; };

struct nic {
    sem_t doorbell;
    struct rx_desc ring[NDESC];
    unsigned long bytes;
};

static struct nic nic0;

static void *irq_thread(void *arg) {
    struct nic *n = arg;
    for (int i = 0; i < NDESC; i++) {
        n->ring[i].len = 10u + (unsigned)i;
        for (int k = 0; k < 16; k++) n->ring[i].data[k] = (unsigned char)(i + k);
        sem_post(&n->doorbell);
        usleep(10);
    }
    return NULL;
}

static void *napi_thread(void *arg) {
    struct nic *n = arg;
    for (int i = 0; i < NDESC; i++) {
        sem_wait(&n->doorbell);
        n->bytes += n->ring[i].len + n->ring[i].data[3];
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    sem_init(&nic0.doorbell, 0, 0);
    pthread_create(&b, NULL, napi_thread, &nic0);
    pthread_create(&a, NULL, irq_thread, &nic0);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%lu\n", nic0.bytes);
    sem_destroy(&nic0.doorbell);
    return 0;
}
