/* racy: main updates `limit` after the threads were created, while they read it in
   their loop condition. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int limit;
static char names[3][8];

static void *show(void *arg) {
    intptr_t k = (intptr_t)arg;
    for (int i = 0; i < limit; i++)
        printf("%s %d\n", names[k], i);
    return NULL;
}

int main(int argc, char **argv) {
    (void)argv;
    limit = argc + 2;
    strcpy(names[0], "ann");
    strcpy(names[1], "bob");
    strcpy(names[2], "cid");
    pthread_t t[3];
    for (intptr_t i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, show, (void *)i);
    limit = 1;
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
