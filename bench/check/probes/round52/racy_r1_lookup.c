/* TRUTH: racy — key 2 is in tab, find never returns NULL, t writes x concurrently with main */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
struct ent { int k; int v; };
static struct ent tab[3] = {{1, 10}, {2, 20}, {3, 30}};
static struct ent *find(int k) {
    for (int i = 0; i < 3; i++)
        if (tab[i].k == k) return &tab[i];
    return NULL;
}
void *t(void *arg) {
    struct ent *e = find(2);
    if (!e) return NULL;
    x = e->v;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
