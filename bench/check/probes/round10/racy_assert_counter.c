/* racy: two threads increment a counter without a lock; main asserts after
   join. Typical textbook lost-update. */
#include <pthread.h>
#include <assert.h>
static int counter;
static void *inc(void *a) { (void)a; for (int i = 0; i < 100; i++) counter = counter + 1; return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, inc, 0);
    pthread_create(&b, 0, inc, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    assert(counter <= 200);
    return 0;
}
