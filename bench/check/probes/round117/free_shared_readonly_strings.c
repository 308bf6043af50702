/* TRUTH: free — names[] is written only before the threads start; the threads and main only read it (strcmp, printf %s) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static char names[3][16];

static void *lookup(void *arg)
{
    const char *key = arg;
    int found = -1;
    for (int i = 0; i < 3; i++)
        if (strcmp(names[i], key) == 0)
            found = i;
    printf("%s -> %d\n", key, found);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    strcpy(names[0], "alpha");
    strcpy(names[1], "beta");
    strcpy(names[2], "gamma");
    pthread_create(&a, NULL, lookup, (void *)"beta");
    pthread_create(&b, NULL, lookup, (void *)"gamma");
    printf("first %s\n", names[0]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
