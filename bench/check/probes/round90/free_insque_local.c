/* free: as racy_insque_local, but the owner writes e.val only under mu, the lock the other
   thread holds when writing head.next->val. */
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
    pthread_mutex_lock(&mu);
    e.val = 5;
    pthread_mutex_unlock(&mu);
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
