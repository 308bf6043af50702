/* free: module-style start()/stop() helpers create and join the worker; main
   writes `setting` before start() and reads `result` after stop(). */
#include <pthread.h>
static pthread_t worker_tid;
static int setting, result;
static void *worker(void *a) { (void)a; result = setting * 2; return 0; }
static void start(void) { pthread_create(&worker_tid, 0, worker, 0); }
static void stop(void) { pthread_join(worker_tid, 0); }
int main(void) {
    setting = 21;
    start();
    stop();
    setting = 0;
    return result;
}
