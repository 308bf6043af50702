/* TRUTH: free — threads only read the environment with getenv; nobody modifies it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *show(void *arg)
{
    const char *v = getenv(arg);
    printf("%s=%s\n", (char *)arg, v ? v : "(unset)");
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, show, "HOME");
    pthread_create(&b, NULL, show, "PATH");
    pthread_create(&c, NULL, show, "LANG");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
