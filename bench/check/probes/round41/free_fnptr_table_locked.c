/* TRUTH: free — both table entries are called under m (line 8), so inc's and dec's writes to level are mutually excluded. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int level;
static void inc(void) { level++; }
static void dec(void) { level--; }
static void (*ops[2])(void) = { inc, dec };
void *w(void *a) { pthread_mutex_lock(&m); ops[(long)a](); pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1); pthread_join(p, 0); pthread_join(q, 0); return level; }
