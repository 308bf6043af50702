/* TRUTH: free — both threads push malloc'd nodes onto head under m; main walks the list after joining both. */
#include <pthread.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static struct node *head;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *arg) {
    int base = *(int *)arg;
    for (int i = 0; i < 10; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n) return NULL;
        n->v = base + i;
        pthread_mutex_lock(&m); n->next = head; head = n; pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    static int b[2] = {0, 100};
    pthread_t x, y;
    pthread_create(&x, NULL, w, &b[0]); pthread_create(&y, NULL, w, &b[1]);
    pthread_join(x, NULL); pthread_join(y, NULL);
    int c = 0;
    for (struct node *n = head; n; n = n->next) c++;
    return c != 20;
}
