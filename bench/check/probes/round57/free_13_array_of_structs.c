/* TRUTH: free — thread i receives &acc[i] and updates only acc[i].balance/ops; main reads after joins. */
#include <pthread.h>
#include <stdio.h>
#define NA 4
struct account { int balance; int ops; };
static struct account acc[NA];
static void *deposit(void *p) {
    struct account *a = p;
    for (int k = 0; k < 5; k++) { a->balance += 10; a->ops++; }
    return NULL;
}
int main(void) {
    pthread_t t[NA];
    for (int i = 0; i < NA; i++) pthread_create(&t[i], NULL, deposit, &acc[i]);
    for (int i = 0; i < NA; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < NA; i++) printf("%d %d\n", acc[i].balance, acc[i].ops);
    return 0;
}
