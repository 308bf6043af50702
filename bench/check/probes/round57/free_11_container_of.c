/* TRUTH: free — the worker receives &it.link and uses container_of to write it.count; main concurrently writes only it.label (a different field); main reads count after join. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct link { struct link *next; };
struct item {
    int count;
    int label;
    struct link link;
};
static struct item it;
static void *bump(void *p) {
    struct item *x = container_of((struct link *)p, struct item, link);
    x->count += 3;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, bump, &it.link);
    it.label = 9;
    pthread_join(t, NULL);
    printf("%d %d\n", it.count, it.label);
    return 0;
}
