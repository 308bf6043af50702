/* TRUTH: racy — INC_PTR(&counter) is (++*(&counter)); both workers increment counter (line 5) with no lock. */
#include <pthread.h>
static int counter;
#define INC_PTR(p) (++*(p))
static void *worker(void *arg) { (void)arg; INC_PTR(&counter); return 0; } // @A
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
