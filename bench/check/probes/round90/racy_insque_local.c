/* racy: on-stack element linked into a global queue with insque() under mu; owner writes
   e.val unlocked; other thread writes head.next->val under mu */
#define _GNU_SOURCE
#include <pthread.h>
#include <search.h>
#include <unistd.h>
struct elem { struct elem *next, *prev; int val; };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct elem head;
static void *owner(void *arg) {
    struct elem e = { 0, 0, 0 };
    (void)arg;
    pthread_mutex_lock(&mu);
    insque(&e, &head);
    pthread_mutex_unlock(&mu);
    e.val = 5;
    pause();
    return NULL;
}
static void *other(void *arg) {
    (void)arg;
    pthread_mutex_lock(&mu);
    if (head.next) head.next->val = 1;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, other, NULL);
    pthread_join(b, NULL);
    return 0;
}
