/* TRUTH: free — depth is written before worker starts; the crawler (started once by worker or main) only reads depth; main reads result after joining the crawler */
#include <pthread.h>
static int depth;
static int result;
static pthread_t crawler_tid;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void *crawler(void *arg) { (void)arg; result = depth; return NULL; }
static void start_crawler(void) { pthread_create(&crawler_tid, NULL, crawler, NULL); }
static void *worker(void *arg) { (void)arg; pthread_once(&once, start_crawler); return NULL; }
int main(void)
{
    pthread_t w;
    depth = 3;
    pthread_create(&w, NULL, worker, NULL);
    pthread_once(&once, start_crawler);
    pthread_join(w, NULL);
    pthread_join(crawler_tid, NULL);
    return result;
}
