/* racy: after hand_over(from, to) from->lock is no longer held, yet move() still charges a fee
   to from->bal (under to->lock only); t2 writes A.bal as its 'to' under A.lock. */
#include <pthread.h>
struct acct { pthread_mutex_t lock; long bal; };
static struct acct A = { PTHREAD_MUTEX_INITIALIZER, 100 };
static struct acct B = { PTHREAD_MUTEX_INITIALIZER, 100 };

static void hand_over(struct acct *from, struct acct *to) {
    pthread_mutex_unlock(&from->lock);
    pthread_mutex_lock(&to->lock);
}
static void move(struct acct *from, struct acct *to, long amt) {
    pthread_mutex_lock(&from->lock);
    from->bal -= amt;
    hand_over(from, to);
    to->bal += amt;
    from->bal -= 1; /* fee */
    pthread_mutex_unlock(&to->lock);
}
static void *t1(void *arg) { (void)arg; for (int i = 0; i < 100; i++) move(&A, &B, 1); return NULL; }
static void *t2(void *arg) { (void)arg; for (int i = 0; i < 100; i++) move(&B, &A, 1); return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return (int)(A.bal + B.bal);
}
