/* TRUTH: free — lazy table initialised through pthread_once; every reader calls pthread_once first, which orders init before the reads */
#include <pthread.h>
#include <math.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[256];
static void init_table(void) {
    for (int i = 0; i < 256; i++) table[i] = (i * 37) % 251;
}
static int lookup(int k) {
    pthread_once(&once, init_table);
    return table[k & 255];
}
static void *worker(void *arg) {
    long s = 0;
    for (int i = 0; i < 1000; i++) s += lookup(i + (int)(long)arg);
    return (void *)s;
}
int main(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    return 0;
}
