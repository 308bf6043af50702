/* TRUTH: racy — double-checked init with a plain `inited` flag: the unlocked read of inited (and then of table[]) in one thread races with the locked writes of inited/table in the other. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t im = PTHREAD_MUTEX_INITIALIZER;
static int inited;
static int table[16];
static void init_table(void) { for (int i = 0; i < 16; i++) table[i] = i * i; }
static int lookup(int k) {
    if (!inited) {
        pthread_mutex_lock(&im);
        if (!inited) { init_table(); inited = 1; }
        pthread_mutex_unlock(&im);
    }
    return table[k & 15];
}
static void *user(void *out) { *(int *)out = lookup(5); return NULL; }
int main(void) {
    int a = 0, b = 0;
    pthread_t x, y;
    pthread_create(&x, NULL, user, &a);
    pthread_create(&y, NULL, user, &b);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", a, b);
    return 0;
}
