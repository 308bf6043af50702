/* TRUTH: racy — both threads call strtok, which keeps hidden static state (C11 7.24.5.8p6: not required to avoid data races with other calls to strtok); each tokenizes its own buffer, the race is on the hidden pointer. */
#include <pthread.h>
#include <string.h>
void *t1(void *p) { char b[] = "a b"; return strtok(b, " ") ? 0 : (void *)1; }
void *t2(void *p) { char b[] = "c d"; return strtok(b, " ") ? 0 : (void *)1; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
