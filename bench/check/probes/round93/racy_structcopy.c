// One thread assigns the whole shared struct, another reads one field:
// the struct copy writes that field -> race.
#include <pthread.h>
#include <stdio.h>
struct cfg { int a; int b; int c; };
static struct cfg g;
static void *writer(void *arg) { (void)arg; struct cfg n = {1, 2, 3}; g = n; return NULL; }
static void *reader(void *arg) { *(int *)arg = g.b; return NULL; }
int main(void) {
    int r;
    pthread_t x, y;
    pthread_create(&x, NULL, writer, NULL);
    pthread_create(&y, NULL, reader, &r);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", r);
    return 0;
}
