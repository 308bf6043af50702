/* TRUTH: free — `table` is initialised inside pthread_once; completion of the once-routine happens-before return from every pthread_once call, so both threads' reads of table[] are ordered after the writes. */
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[16];
static void init_table(void) { for (int i = 0; i < 16; i++) table[i] = i * i; }
static int lookup(int k) { pthread_once(&once, init_table); return table[k & 15]; }
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
