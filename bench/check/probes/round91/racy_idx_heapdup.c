/* racy: two separately allocated argument structs carry the SAME id 0, so both
   threads write cell[0]. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct targ { int id; };
static int cell[2];

static void *w(void *p) {
    struct targ *a = p;
    cell[a->id] += 10;
    free(a);
    return NULL;
}

static struct targ *mk(int id) {
    struct targ *a = malloc(sizeof *a);
    if (!a) abort();
    a->id = id;
    return a;
}

int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, w, mk(0));
    pthread_create(&y, NULL, w, mk(0));
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", cell[0], cell[1]);
    return 0;
}
