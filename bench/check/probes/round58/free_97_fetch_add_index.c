/* TRUTH: free — each thread claims a unique index with atomic_fetch_add and writes only out[idx]; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
static int out[8];
static atomic_int next;
static void *w(void *arg) { (void)arg; for (int r = 0; r < 4; r++) { int idx = atomic_fetch_add(&next, 1); out[idx] = idx; } return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, NULL); pthread_create(&y, NULL, w, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return out[7] != 7;
}
