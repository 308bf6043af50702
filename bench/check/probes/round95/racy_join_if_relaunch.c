/* racy: each round joins the previous worker then launches a new one into the same
   handle; the last worker is never joined, so its counter++ races with main's read. */
#include <pthread.h>
static int counter;
static void *worker(void *a) { (void)a; counter++; return 0; }
int main(void) {
    pthread_t t = 0;
    for (int round = 0; round < 3; round++) {
        if (t) pthread_join(t, 0);
        pthread_create(&t, 0, worker, 0);
    }
    return counter;
}
