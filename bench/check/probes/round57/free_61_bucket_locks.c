/* TRUTH: free — striped locking: every update of bucket[h].count holds bucket[h].lk for the same h. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NB 4
struct bucket { pthread_mutex_t lk; int count; };
static struct bucket bk[NB];
static void add_key(unsigned key) {
    unsigned h = key % NB;
    pthread_mutex_lock(&bk[h].lk);
    bk[h].count++;
    pthread_mutex_unlock(&bk[h].lk);
}
static void *ins(void *a) {
    unsigned base = (unsigned)(uintptr_t)a;
    for (unsigned k = 0; k < 100; k++) add_key(base + k);
    return NULL;
}
int main(void) {
    for (int i = 0; i < NB; i++) pthread_mutex_init(&bk[i].lk, NULL);
    pthread_t a, b;
    pthread_create(&a, NULL, ins, (void *)(uintptr_t)0);
    pthread_create(&b, NULL, ins, (void *)(uintptr_t)7);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", bk[0].count + bk[1].count + bk[2].count + bk[3].count);
    return 0;
}
