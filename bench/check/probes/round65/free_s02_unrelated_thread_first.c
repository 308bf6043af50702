/* TRUTH: free — main first starts logger (which starts nothing), then writes table_size, then starts worker and crawler; worker may also start crawler; crawler only reads table_size */
#include <pthread.h>
static int table_size;
static int log_lines;
static long crawled;
static void *logger(void *arg) { (void)arg; log_lines = 1; return NULL; }
static void *crawler(void *arg) { (void)arg; return (void *)(long)table_size; }
static void *worker(void *arg)
{
    (void)arg;
    pthread_t c;
    pthread_create(&c, NULL, crawler, NULL);
    void *r;
    pthread_join(c, &r);
    crawled = (long)r;
    return NULL;
}
int main(void)
{
    pthread_t l, w, c;
    pthread_create(&l, NULL, logger, NULL);
    table_size = 1024;
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&c, NULL, crawler, NULL);
    pthread_join(l, NULL);
    pthread_join(w, NULL);
    pthread_join(c, NULL);
    return (int)crawled + log_lines;
}
