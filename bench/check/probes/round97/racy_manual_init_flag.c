/* RACY: hand-rolled "init once" using a plain `initialized` flag and no lock; two
   threads can both see 0 and both write the table and the flag. */
#include <pthread.h>
#include <stdio.h>
static int initialized;
static int lut[32];
static void ensure_init(void) {
    if (!initialized) {
        for (int i = 0; i < 32; i++) lut[i] = i * 3;
        initialized = 1;
    }
}
static void *worker(void *a) {
    (void)a;
    ensure_init();
    return (void *)(long)lut[5];
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", lut[31]);
    return 0;
}
