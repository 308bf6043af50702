/* TRUTH: racy — COPY_POST(l, cfg) is ((l) = (cfg)++): both workers increment cfg (line 5) with no lock. */
#include <pthread.h>
static int cfg;
#define COPY_POST(dst, src) ((dst) = (src)++)
static void *worker(void *arg) { (void)arg; int l; COPY_POST(l, cfg); (void)l; return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
