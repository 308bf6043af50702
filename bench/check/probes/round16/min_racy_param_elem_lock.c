// racy: deposit() locks held->lock but writes to->balance; t1 holds accts[0].lock, t2 holds accts[1].lock while both write accts[1].balance.
#include <pthread.h>
struct account { pthread_mutex_t lock; long balance; };
static struct account accts[2];
static void deposit(struct account *held, struct account *to) { pthread_mutex_lock(&held->lock); to->balance++; pthread_mutex_unlock(&held->lock); }
static void *t1(void *arg) { deposit(&accts[0], &accts[1]); return NULL; }
static void *t2(void *arg) { deposit(&accts[1], &accts[1]); return NULL; }
int main(void) { pthread_t a, b; pthread_create(&a, NULL, t1, NULL); pthread_create(&b, NULL, t2, NULL); pthread_join(a, NULL); pthread_join(b, NULL); return 0; }
