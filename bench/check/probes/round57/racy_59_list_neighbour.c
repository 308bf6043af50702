/* TRUTH: racy — thread k also writes n->next->val (node k+1's val), which thread k+1 writes concurrently as its own node. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct node { int val; struct node *next; };
static void *touch(void *p) {
    struct node *n = p;
    n->val *= 10;
    if (n->next) n->next->val += 1;
    return NULL;
}
int main(void) {
    struct node *nodes[N];
    struct node *head = NULL;
    for (int k = N - 1; k >= 0; k--) {
        nodes[k] = malloc(sizeof(struct node));
        if (!nodes[k]) return 1;
        nodes[k]->val = k;
        nodes[k]->next = head;
        head = nodes[k];
    }
    pthread_t t[N];
    for (int k = 0; k < N; k++) pthread_create(&t[k], NULL, touch, nodes[k]);
    for (int k = 0; k < N; k++) pthread_join(t[k], NULL);
    int s = 0;
    for (struct node *n = head; n; n = n->next) s += n->val;
    printf("%d\n", s);
    for (int k = 0; k < N; k++) free(nodes[k]);
    return 0;
}
