/* RACY: writer swaps the global `current` pointer under a mutex, readers load the
   pointer without taking the mutex. */
#include <pthread.h>
#include <stdio.h>
struct settings { int verbosity; };
static struct settings s1 = { 1 }, s2 = { 2 };
static struct settings *current = &s1;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *writer(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&mu);
        current = (i & 1) ? &s1 : &s2;
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}
static void *reader(void *a) {
    long sum = 0;
    for (int i = 0; i < 100; i++) {
        struct settings *s = current;
        sum += s->verbosity;
    }
    *(long *)a = sum;
    return NULL;
}
int main(void) {
    pthread_t w, r;
    long out = 0;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, &out);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%ld\n", out);
    return 0;
}
