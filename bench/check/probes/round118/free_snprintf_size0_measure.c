/* TRUTH: free — snprintf with size 0 writes nothing (C11 7.21.6.5), so measuring the length with 'grade' as the buffer does not touch grade, which only the worker writes */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static char grade = 'C';

static void *grader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        grade = (char)('A' + i % 4);
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, grader, NULL);
    long need = 0;
    for (int i = 0; i < 40; i++) {
        need += snprintf(&grade, 0, "score=%d", i);   /* length only */
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld %c\n", need, grade);
    return 0;
}
