// Thread-specific-data destructor adds the thread's value to a global total;
// destructors of two exiting threads run concurrently -> race on total.
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
static pthread_key_t key;
static long total;
static void fold(void *v) { total += *(long *)v; free(v); }
static void *worker(void *arg) {
    long *mine = malloc(sizeof *mine);
    *mine = (long)arg;
    pthread_setspecific(key, mine);
    return NULL;
}
int main(void) {
    pthread_key_create(&key, fold);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
