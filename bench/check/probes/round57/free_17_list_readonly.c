/* TRUTH: free — main builds the list before creating the thread; afterwards both the thread and main only read the nodes; main frees after join. */
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
static void *reader(void *out) { *(long *)out = walk(); return NULL; }
int main(void) {
    for (int i = 0; i < 10; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n) return 1;
        n->val = i;
        n->next = head;
        head = n;
    }
    long theirs = 0;
    pthread_t t;
    pthread_create(&t, NULL, reader, &theirs);
    long mine = walk();
    pthread_join(t, NULL);
    printf("%ld %ld\n", mine, theirs);
    while (head) { struct node *n = head->next; free(head); head = n; }
    return 0;
}
