/* TRUTH: racy — threads run ops[0] and ops[1] via a function-pointer table; inc (line 4) and dec (line 5) both write level without a lock. */
#include <pthread.h>
int level;
static void inc(void) { level++; }
static void dec(void) { level--; }
static void (*ops[2])(void) = { inc, dec };
void *w(void *a) { ops[(long)a](); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1); pthread_join(p, 0); pthread_join(q, 0); return level; }
