/* TRUTH: free — sorted linked list set with one global mutex around insert, contains and remove */
#include <pthread.h>
#include <stdlib.h>
typedef struct node { int key; struct node *next; } node_t;
static node_t *head;
static pthread_mutex_t list_m = PTHREAD_MUTEX_INITIALIZER;
static int set_insert(int k) {
    pthread_mutex_lock(&list_m);
    node_t **pp = &head;
    while (*pp && (*pp)->key < k) pp = &(*pp)->next;
    int added = 0;
    if (!*pp || (*pp)->key != k) {
        node_t *n = malloc(sizeof *n);
        n->key = k;
        n->next = *pp;
        *pp = n;
        added = 1;
    }
    pthread_mutex_unlock(&list_m);
    return added;
}
static int set_contains(int k) {
    pthread_mutex_lock(&list_m);
    node_t *n = head;
    while (n && n->key < k) n = n->next;
    int found = n && n->key == k;
    pthread_mutex_unlock(&list_m);
    return found;
}
static int set_remove(int k) {
    pthread_mutex_lock(&list_m);
    node_t **pp = &head;
    while (*pp && (*pp)->key < k) pp = &(*pp)->next;
    int removed = 0;
    if (*pp && (*pp)->key == k) {
        node_t *dead = *pp;
        *pp = dead->next;
        free(dead);
        removed = 1;
    }
    pthread_mutex_unlock(&list_m);
    return removed;
}
static void *mixer(void *arg) {
    unsigned seed = (unsigned)(long)arg;
    int score = 0;
    for (int i = 0; i < 200; i++) {
        int k = rand_r(&seed) % 32;
        switch (rand_r(&seed) % 3) {
        case 0: score += set_insert(k); break;
        case 1: score += set_contains(k); break;
        default: score -= set_remove(k); break;
        }
    }
    return (void *)(long)score;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, mixer, (void *)(i + 7));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    int n = 0;
    for (node_t *p = head; p; p = p->next) n++;
    return n;
}
