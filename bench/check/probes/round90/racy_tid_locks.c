/* racy: each worker holds only its own locks[id] while also adding into the shared 'total',
   so different workers update 'total' under different locks. */
#include <pthread.h>
#include <stdio.h>
#define NT 4
static pthread_mutex_t locks[NT];
static long slot[NT];
static long total;
static int ids[NT];

static void *worker(void *arg) {
    int id = *(int *)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&locks[id]);
        slot[id] += i;
        total += i;
        pthread_mutex_unlock(&locks[id]);
    }
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) { pthread_mutex_init(&locks[i], NULL); ids[i] = i; }
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    printf("%ld %ld\n", total, slot[0]);
    return 0;
}
