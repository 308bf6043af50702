/* TRUTH: free — both threads push heap nodes onto the shared list head only while holding list_lock; each node is fully initialized before linking; main walks and frees after joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
    int key;
    struct node *next;
};

static struct node *head;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

static void push(int key)
{
    struct node *n = malloc(sizeof *n);
    if (n == NULL)
        return;
    n->key = key;
    pthread_mutex_lock(&list_lock);
    n->next = head;
    head = n;
    pthread_mutex_unlock(&list_lock);
}

static void *pusher(void *arg)
{
    int base = *(const int *)arg;
    for (int i = 0; i < 10; i++)
        push(base + i);
    return NULL;
}

int main(void)
{
    static const int b1 = 0, b2 = 100;
    pthread_t t1, t2;
    pthread_create(&t1, NULL, pusher, (void *)&b1);
    pthread_create(&t2, NULL, pusher, (void *)&b2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    int cnt = 0;
    while (head) {
        struct node *n = head;
        head = n->next;
        free(n);
        cnt++;
    }
    printf("%d\n", cnt);
    return 0;
}
