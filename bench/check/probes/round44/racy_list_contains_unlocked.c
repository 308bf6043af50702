/* TRUTH: racy — insert is locked but contains() traverses the list with no lock while the inserter rewires next/head */
#include <pthread.h>
#include <stdlib.h>
typedef struct node { int key; struct node *next; } node_t;
static node_t *head;
static pthread_mutex_t list_m = PTHREAD_MUTEX_INITIALIZER;
static void insert(int k) {
    node_t *n = malloc(sizeof *n);
    n->key = k;
    pthread_mutex_lock(&list_m);
    node_t **pp = &head;
    while (*pp && (*pp)->key < k) pp = &(*pp)->next;
    n->next = *pp;
    *pp = n;
    pthread_mutex_unlock(&list_m);
}
static int contains(int k) {
    for (node_t *n = head; n; n = n->next)
        if (n->key == k) return 1;
    return 0;
}
static void *ins(void *a) { (void)a; for (int i = 0; i < 50; i++) insert(i * 7 % 50); return NULL; }
static void *qry(void *a) { (void)a; int c = 0; for (int i = 0; i < 50; i++) c += contains(i); return (void *)(long)c; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, ins, NULL);
    pthread_create(&b, NULL, qry, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
