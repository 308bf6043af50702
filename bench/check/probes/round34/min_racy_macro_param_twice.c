/* TRUTH: racy — CLAMP_INC(x, m) mentions x twice, ((x) < (m) ? (x)++ : (x)); counter (0 < 100) is incremented by both workers (line 5) with no lock. */
#include <pthread.h>
static int counter;
#define CLAMP_INC(x, m) ((x) < (m) ? (x)++ : (x))
static void *worker(void *arg) { (void)arg; CLAMP_INC(counter, 100); return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
