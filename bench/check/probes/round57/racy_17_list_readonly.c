/* TRUTH: racy — the thread writes n->val for every node (n->val *= 2) while main concurrently reads n->val in walk(). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static struct node *head;
static long walk(void) {
    long s = 0;
    for (struct node *n = head; n; n = n->next) s += n->val;
    return s;
}
static void *doubler(void *out) {
    (void)out;
    for (struct node *n = head; n; n = n->next) n->val *= 2;
    return NULL;
}
int main(void) {
    for (int i = 0; i < 10; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n) return 1;
        n->val = i;
        n->next = head;
        head = n;
    }
    pthread_t t;
    pthread_create(&t, NULL, doubler, NULL);
    long mine = walk();
    pthread_join(t, NULL);
    printf("%ld\n", mine);
    while (head) { struct node *n = head->next; free(head); head = n; }
    return 0;
}
