/* racy: readers hold only the READ lock but also bump 'reads' (a write); two readers hold the
   read lock at the same time and increment it concurrently. */
#include <pthread.h>
#include <string.h>
struct config { int port; int workers; char name[32]; long reads; };
static pthread_rwlock_t cfg_lock = PTHREAD_RWLOCK_INITIALIZER;
static struct config cfg = { 80, 4, "default", 0 };

static void *reader(void *arg) {
    long sum = 0;
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_rwlock_rdlock(&cfg_lock);
        sum += cfg.port + cfg.workers + cfg.name[0];
        cfg.reads++;
        pthread_rwlock_unlock(&cfg_lock);
    }
    return (void *)sum;
}
static void *reloader(void *arg) {
    (void)arg;
    for (int i = 0; i < 10; i++) {
        pthread_rwlock_wrlock(&cfg_lock);
        cfg.port = 8000 + i;
        cfg.workers = i + 1;
        strcpy(cfg.name, "reloaded");
        pthread_rwlock_unlock(&cfg_lock);
    }
    return NULL;
}
int main(void) {
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_create(&w, NULL, reloader, NULL);
    pthread_join(r1, NULL); pthread_join(r2, NULL); pthread_join(w, NULL);
    return (int)cfg.reads;
}
