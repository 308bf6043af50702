/* TRUTH: racy — strtok keeps its position in hidden static state shared by both threads */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void *split(void *arg)
{
    char line[64];
    int n = 0;
    strncpy(line, arg, sizeof line - 1);
    line[sizeof line - 1] = '\0';
    for (char *tok = strtok(line, ","); tok; tok = strtok(NULL, ","))
        n++;
    printf("%d fields\n", n);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, split, "a,b,c,d,e");
    pthread_create(&b, NULL, split, "1,2,3");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
