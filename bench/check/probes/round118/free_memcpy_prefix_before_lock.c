/* TRUTH: free — main copies only the bytes of 'name' and 'flags' (memcpy up to offsetof(..., lock)), which are never written after the thread starts; the counters after the lock are written by the worker and read by main only under the lock */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct port {
    char name[16];
    int flags;
    pthread_mutex_t lock;            /* protects everything below */
    long rx;
    long tx;
};
static struct port gport = { "eth0", 3, PTHREAD_MUTEX_INITIALIZER, 0, 0 };

static void *rx_thread(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        pthread_mutex_lock(&gport.lock);
        gport.rx++;
        gport.tx += 2;
        pthread_mutex_unlock(&gport.lock);
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, rx_thread, NULL);
    long seen = 0;
    for (int i = 0; i < 40; i++) {
        struct port head;
        memcpy(&head, &gport, offsetof(struct port, lock));   /* identity only */
        seen += head.flags + head.name[0];
        pthread_mutex_lock(&gport.lock);
        seen += gport.rx;
        pthread_mutex_unlock(&gport.lock);
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld\n", seen);
    return 0;
}
