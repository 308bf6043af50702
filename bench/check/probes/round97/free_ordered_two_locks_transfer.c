/* FREE: bank accounts each with their own mutex; transfer locks both accounts in
   address order and updates both balances under both locks. */
#include <pthread.h>
#include <stdio.h>
struct account { pthread_mutex_t m; int bal; };
static struct account acc[3];
static void transfer(struct account *from, struct account *to, int amt) {
    struct account *first = from < to ? from : to;
    struct account *second = from < to ? to : from;
    pthread_mutex_lock(&first->m);
    pthread_mutex_lock(&second->m);
    from->bal -= amt;
    to->bal += amt;
    pthread_mutex_unlock(&second->m);
    pthread_mutex_unlock(&first->m);
}
static void *teller(void *a) {
    long k = (long)a;
    for (int i = 0; i < 100; i++)
        transfer(&acc[k], &acc[(k + 1) % 3], 1);
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) { pthread_mutex_init(&acc[i].m, NULL); acc[i].bal = 100; }
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, teller, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 3; i++) printf("%d\n", acc[i].bal);
    return 0;
}
